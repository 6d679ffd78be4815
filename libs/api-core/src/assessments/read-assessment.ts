import {
  assessmentStreamId,
  evolveAssessment,
  initialAssessmentState,
  type AssessmentEvent,
  type AssessmentState,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';

/**
 * An assessment as its own stream tells it, for commands of other capabilities that rely on it
 * (a support outcome reads validated ones). A caller checks the reader's access to the
 * partnership first: this reads whatever stream it is asked for.
 */
export async function readAssessment(store: EventStore, assessmentId: string): Promise<AssessmentState> {
  const history = await store.readStream(assessmentStreamId(assessmentId));
  return history
    .map((event) => ({ type: event.type, schemaVersion: event.schemaVersion, data: event.data }) as AssessmentEvent)
    .reduce(evolveAssessment, initialAssessmentState);
}
