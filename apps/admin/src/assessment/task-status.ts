// Where each part of a self-assessment stands, for the task list. A criterion's score and its
// rationale are saved together, so a criterion is either not started or completed; a hallmark is
// in progress once some, but not all, of its criteria are scored.
import type { Assessment, AssessmentStatus } from './assessment.query';

export type TaskStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';

export const TASK_STATUS_TEXT: Readonly<Record<TaskStatus, string>> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
};

type Scores = Pick<Assessment, 'scores'>;

export function isScored(assessment: Scores, criterionId: string): boolean {
  return assessment.scores.some((score) => score.criterionId === criterionId);
}

export function criterionStatus(assessment: Scores, criterionId: string): TaskStatus {
  return isScored(assessment, criterionId) ? 'COMPLETED' : 'NOT_STARTED';
}

/** A group of criteria, such as a hallmark's, or the whole assessment. */
export function groupStatus(assessment: Scores, criterionIds: readonly string[]): TaskStatus {
  const scored = criterionIds.filter((id) => isScored(assessment, id)).length;
  if (scored === 0) return 'NOT_STARTED';
  return scored === criterionIds.length ? 'COMPLETED' : 'IN_PROGRESS';
}

/** The criteria still to score, in the order given (the journey's order). */
export function unscoredCriteria<T extends { readonly id: string }>(assessment: Scores, criteria: readonly T[]): T[] {
  return criteria.filter((criterion) => !isScored(assessment, criterion.id));
}

/** Where "Continue" leads: the first criterion not yet scored, or null when all are. */
export function firstUnscored<T extends { readonly id: string }>(assessment: Scores, criteria: readonly T[]): T | null {
  return unscoredCriteria(assessment, criteria)[0] ?? null;
}

export const ASSESSMENT_STATUS_TEXT: Readonly<Record<AssessmentStatus, string>> = {
  OPEN: 'Open',
  SUBMITTED: 'Submitted',
  RETURNED: 'Returned for revision',
  VALIDATED: 'Validated',
};

/** Open and returned assessments can be scored and submitted; submitted and validated ones are fixed. */
export function isOpenForScoring(status: AssessmentStatus): boolean {
  return status === 'OPEN' || status === 'RETURNED';
}
