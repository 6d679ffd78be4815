// Before submitting: every applicable criterion must be scored. Each one still to score is
// listed in the error summary, linking to its question.
import type { ErrorSummaryItem } from '../govuk';
import type { Assessment } from './assessment.query';
import { criterionPath } from './assessment-paths';
import { shortened, type AssessedCriterion } from './framework-reading';
import type { ErrorWording } from './form-problems';
import { unscoredCriteria } from './task-status';

export const CHECK_ANSWERS_TITLE = 'Check your answers before submitting';

export function unscoredSummaryItems(
  assessment: Pick<Assessment, 'id' | 'partnershipId' | 'scores'>,
  criteria: readonly AssessedCriterion[],
): readonly ErrorSummaryItem[] {
  return unscoredCriteria(assessment, criteria).map((criterion) => ({
    message: `Score criterion ${criterion.code}: ${shortened(criterion.sentence)}`,
    to: criterionPath(assessment.partnershipId, assessment.id, criterion.id),
  }));
}

export const SUBMIT_ERROR_WORDING: ErrorWording<never> = {
  fieldFor: () => undefined,
  unauthenticated: 'Your sign-in has ended. Sign in again to submit the assessment',
  forbidden: 'Only the national team and the partnership’s own people may submit its self-assessment',
};
