import { accept, conflict, invalid, notFound, reject, type Decision } from '../shared/domain-error';
import type { AssessmentEvent, AssessmentState } from './assessment';

export interface SubmitAssessment {
  readonly type: 'SubmitAssessment';
}

/**
 * Submitting hands the assessment to the coordinator: once, and only when it is complete; a
 * returned assessment is submitted again the same way.
 */
export function decideSubmitAssessment(_command: SubmitAssessment, state: AssessmentState): Decision<AssessmentEvent> {
  if (state.status === 'not_opened') return reject(notFound('There is no such assessment'));
  if (state.status === 'submitted') {
    return reject(conflict(`The ${state.period} assessment has already been submitted`));
  }
  if (state.status === 'validated') {
    return reject(conflict(`The ${state.period} assessment has been validated and is closed`));
  }
  const missing = state.applicableCriteria.length - state.scores.length;
  if (missing > 0) {
    return reject(
      invalid(
        `${missing} of ${state.applicableCriteria.length} criteria ${missing === 1 ? 'is' : 'are'} not scored yet: score every criterion before submitting`,
      ),
    );
  }
  return accept({
    type: 'AssessmentSubmitted',
    schemaVersion: 1,
    data: { assessmentId: state.assessmentId, scoredCriteria: state.scores.length },
  });
}
