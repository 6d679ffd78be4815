import {
  assessmentStreamId,
  evolveAssessment,
  initialAssessmentState,
  partnershipIdOfAssessment,
  type AssessmentEvent,
  type AssessmentState,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';

/**
 * The assessment an action cites, as its stream tells it (always current, unlike a read model).
 * Another partnership's assessment is never read: the decider refuses it from its id alone.
 */
export async function readCitedAssessment(
  store: EventStore,
  partnershipId: string,
  assessmentId: string | null,
): Promise<AssessmentState> {
  if (assessmentId === null || partnershipIdOfAssessment(assessmentId) !== partnershipId) {
    return initialAssessmentState;
  }
  const history = await store.readStream(assessmentStreamId(assessmentId));
  return history
    .map((event) => ({ type: event.type, schemaVersion: event.schemaVersion, data: event.data }) as AssessmentEvent)
    .reduce(evolveAssessment, initialAssessmentState);
}
