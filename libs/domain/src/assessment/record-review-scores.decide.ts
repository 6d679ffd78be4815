import { findScaleLevel } from '../framework/criteria';
import type { Framework } from '../framework/framework';
import { findFramework } from '../framework/frameworks';
import { isCalendarDate } from '../shared/calendar-date';
import { accept, conflict, invalid, notFound, reject, type Decision, type DomainError } from '../shared/domain-error';
import type { AssessmentEvent, AssessmentState, OpenedAssessment, ReviewScore, ReviewSource } from './assessment';

export interface RecordReviewScores {
  readonly type: 'RecordReviewScores';
  readonly source: ReviewSource;
  readonly reviewer: string;
  readonly reviewedOn: string;
  readonly scores: readonly ReviewScore[];
}

const MAX_REVIEWER_LENGTH = 200;
const MAX_RATIONALE_LENGTH = 5000;

/**
 * A diagnostic or peer review scores the partnership from outside, and its scores are kept
 * beside the self-scores, never in their place: the partnership's own view, the coordinator's
 * moderation and every review each stay readable. A review may come in while the assessment is
 * open, submitted or returned; once validated the assessment is closed to everyone.
 */
export function decideRecordReviewScores(
  command: RecordReviewScores,
  state: AssessmentState,
): Decision<AssessmentEvent> {
  if (state.status === 'not_opened') return reject(notFound('There is no such assessment'));
  if (state.status === 'validated') {
    return reject(
      conflict(
        `The ${state.period} assessment has been validated and is closed: a review can no longer be added to it`,
      ),
    );
  }
  const reviewer = command.reviewer.trim();
  if (reviewer.length === 0) return reject(invalid('Say who carried out the review', 'reviewer'));
  if (reviewer.length > MAX_REVIEWER_LENGTH) {
    return reject(invalid(`The reviewer must be ${MAX_REVIEWER_LENGTH} characters or fewer`, 'reviewer'));
  }
  if (!isCalendarDate(command.reviewedOn)) {
    return reject(invalid('Give the date of the review as YYYY-MM-DD', 'reviewedOn'));
  }
  if (command.scores.length === 0) return reject(invalid('Record at least one score from the review', 'scores'));
  const framework = findFramework(state.frameworkVersion);
  // The version was checked when the assessment opened, and editions are never removed.
  if (!framework) throw new Error(`framework ${state.frameworkVersion} of an open assessment is missing`);
  const scores: ReviewScore[] = [];
  for (const [index, input] of command.scores.entries()) {
    const checked = checkReviewScore(input, `scores.${index}`, state, framework, scores);
    if ('kind' in checked) return reject(checked);
    scores.push(checked);
  }
  return accept({
    type: 'ReviewScoresRecorded',
    schemaVersion: 1,
    data: {
      assessmentId: state.assessmentId,
      source: command.source,
      reviewer,
      reviewedOn: command.reviewedOn,
      scores,
    },
  });
}

/** One reviewer's score against the assessment, or why it cannot stand. */
function checkReviewScore(
  input: ReviewScore,
  field: string,
  state: OpenedAssessment,
  framework: Framework,
  earlier: readonly ReviewScore[],
): ReviewScore | DomainError {
  if (!state.applicableCriteria.includes(input.criterionId)) {
    return invalid(`“${input.criterionId}” is not a criterion of this assessment`, `${field}.criterionId`);
  }
  if (earlier.some((score) => score.criterionId === input.criterionId)) {
    return invalid(`Criterion ${input.criterionId} is scored more than once`, `${field}.criterionId`);
  }
  if (!findScaleLevel(input.score, framework)) {
    const levels = framework.scale.map((level) => `${level.level} (${level.label})`).join(', ');
    return invalid(`Choose a score for ${input.criterionId} on the scale: ${levels}`, `${field}.score`);
  }
  const rationale = input.rationale.trim();
  if (rationale.length === 0) {
    return invalid(`Give the review’s reason for scoring ${input.criterionId} ${input.score}`, `${field}.rationale`);
  }
  if (rationale.length > MAX_RATIONALE_LENGTH) {
    return invalid(`The rationale must be ${MAX_RATIONALE_LENGTH} characters or fewer`, `${field}.rationale`);
  }
  return { criterionId: input.criterionId, score: input.score, rationale };
}
