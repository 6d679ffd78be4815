import type { CommandEnvelope, CommandOutcome } from '@nsf/api-core';
import { mayModerate, type AssessmentEvent, type AssessmentState, type Decision } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { assessedPartnershipFor } from './assessed-partnership';
import { executeOnAssessment } from './execute-on-assessment';

/**
 * Validating and returning both need the caller to moderate the partnership's region; once that
 * holds, they load, decide and append like every other assessment command.
 */
export async function moderateAssessment(options: {
  store: EventStore;
  assessmentId: string;
  envelope: CommandEnvelope;
  decide: (state: AssessmentState) => Decision<AssessmentEvent>;
}): Promise<CommandOutcome<AssessmentState>> {
  const access = await assessedPartnershipFor({
    store: options.store,
    actor: options.envelope.actor,
    assessmentId: options.assessmentId,
    allowed: mayModerate,
    refusal:
      'Only the coordinator of the partnership’s region and the national team may validate or return its assessment.',
  });
  if (!access.ok) return access;
  return executeOnAssessment(options);
}
