import { accept, conflict, invalid, notFound, reject, type Decision } from '../shared/domain-error';
import type { AssessmentEvent, AssessmentState } from './assessment';

export interface ReturnAssessment {
  readonly type: 'ReturnAssessment';
  readonly comments: string;
}

const MAX_COMMENTS_LENGTH = 10000;

/**
 * Returning a submitted assessment hands it back to the partnership for revision, with the
 * coordinator's comments saying what to look at again; it can then be re-scored and resubmitted.
 */
export function decideReturnAssessment(command: ReturnAssessment, state: AssessmentState): Decision<AssessmentEvent> {
  if (state.status === 'not_opened') return reject(notFound('There is no such assessment'));
  if (state.status !== 'submitted') {
    return reject(conflict(`The ${state.period} assessment is ${state.status}: only a submitted one can be returned`));
  }
  const comments = command.comments.trim();
  if (comments.length === 0) {
    return reject(invalid('Say what the partnership should revise before resubmitting', 'comments'));
  }
  if (comments.length > MAX_COMMENTS_LENGTH) {
    return reject(invalid(`The comments must be ${MAX_COMMENTS_LENGTH} characters or fewer`, 'comments'));
  }
  return accept({
    type: 'AssessmentReturned',
    schemaVersion: 1,
    data: { assessmentId: state.assessmentId, comments },
  });
}
