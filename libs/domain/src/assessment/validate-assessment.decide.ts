import { findScaleLevel } from '../framework/criteria';
import { findFramework } from '../framework/frameworks';
import { accept, conflict, invalid, notFound, reject, type Decision, type DomainError } from '../shared/domain-error';
import type { AssessmentEvent, AssessmentState, ModeratedScore, OpenedAssessment } from './assessment';

/** A coordinator's score for one criterion, where it differs from the partnership's own. */
export interface ModeratedScoreInput {
  readonly criterionId: string;
  readonly score: number;
  readonly reason: string;
}

export interface ValidateAssessment {
  readonly type: 'ValidateAssessment';
  /** Only the criteria the coordinator scores differently; empty when every self-score stands. */
  readonly moderatedScores: readonly ModeratedScoreInput[];
}

const MAX_REASON_LENGTH = 5000;

/**
 * Validating closes a submitted assessment. Where the coordinator sees a criterion differently,
 * the moderated score sits beside the self-score with its reason: the self-score is never
 * overwritten, so the history keeps both views.
 */
export function decideValidateAssessment(
  command: ValidateAssessment,
  state: AssessmentState,
): Decision<AssessmentEvent> {
  if (state.status === 'not_opened') return reject(notFound('There is no such assessment'));
  if (state.status === 'validated') {
    return reject(conflict(`The ${state.period} assessment has already been validated`));
  }
  if (state.status !== 'submitted') {
    return reject(conflict(`The ${state.period} assessment is ${state.status}: only a submitted one can be validated`));
  }
  const moderated: ModeratedScore[] = [];
  for (const [index, input] of command.moderatedScores.entries()) {
    const checked = checkModeratedScore(input, `moderatedScores.${index}`, state, moderated);
    if ('kind' in checked) return reject(checked);
    moderated.push(checked);
  }
  return accept({
    type: 'AssessmentValidated',
    schemaVersion: 1,
    data: { assessmentId: state.assessmentId, moderatedScores: moderated },
  });
}

/** One moderated score against the assessment as submitted, or why it cannot stand. */
function checkModeratedScore(
  input: ModeratedScoreInput,
  field: string,
  state: OpenedAssessment,
  earlier: readonly ModeratedScore[],
): ModeratedScore | DomainError {
  const selfScore = state.scores.find((score) => score.criterionId === input.criterionId);
  if (!selfScore) {
    return invalid(`“${input.criterionId}” is not a scored criterion of this assessment`, `${field}.criterionId`);
  }
  if (earlier.some((score) => score.criterionId === input.criterionId)) {
    return invalid(`Criterion ${input.criterionId} is moderated more than once`, `${field}.criterionId`);
  }
  const framework = findFramework(state.frameworkVersion);
  // The version was checked when the assessment opened, and editions are never removed.
  if (!framework) throw new Error(`framework ${state.frameworkVersion} of a submitted assessment is missing`);
  if (!findScaleLevel(input.score, framework)) {
    const levels = framework.scale.map((level) => `${level.level} (${level.label})`).join(', ');
    return invalid(`Choose a moderated score on the scale: ${levels}`, `${field}.score`);
  }
  if (input.score === selfScore.score) {
    return invalid(
      `The moderated score for ${input.criterionId} equals the self-score: leave it out to accept the self-score`,
      `${field}.score`,
    );
  }
  const reason = input.reason.trim();
  if (reason.length === 0) {
    return invalid(`Explain why ${input.criterionId} is moderated to ${input.score}`, `${field}.reason`);
  }
  if (reason.length > MAX_REASON_LENGTH) {
    return invalid(`The reason must be ${MAX_REASON_LENGTH} characters or fewer`, `${field}.reason`);
  }
  return { criterionId: input.criterionId, selfScore: selfScore.score, moderatedScore: input.score, reason };
}
