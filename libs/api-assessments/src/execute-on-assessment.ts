import { executeOnStream, type CommandEnvelope, type CommandOutcome } from '@nsf/api-core';
import {
  assessmentStreamId,
  evolveAssessment,
  initialAssessmentState,
  notFound,
  partnershipIdOfAssessment,
  type AssessmentEvent,
  type AssessmentState,
  type Decision,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';

/** Load an existing assessment's stream, decide, append; its tenant is the partnership its id names. */
export function executeOnAssessment(options: {
  store: EventStore;
  assessmentId: string;
  envelope: CommandEnvelope;
  decide: (state: AssessmentState) => Decision<AssessmentEvent>;
}): Promise<CommandOutcome<AssessmentState>> {
  const partnershipId = partnershipIdOfAssessment(options.assessmentId);
  if (partnershipId === null) {
    return Promise.resolve({ ok: false, error: notFound(`There is no assessment “${options.assessmentId}”`) });
  }
  return executeOnStream({
    store: options.store,
    streamId: assessmentStreamId(options.assessmentId),
    tenantId: partnershipId,
    decider: { initialState: initialAssessmentState, evolve: evolveAssessment },
    envelope: options.envelope,
    decide: options.decide,
  });
}
