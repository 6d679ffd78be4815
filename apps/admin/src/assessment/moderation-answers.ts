// The coordinator's moderation as the moderation page holds it: per criterion an optional
// moderated score and its reason; the checks made before validating; and how the API's
// objections (named by their place in the list sent, "moderatedScores.2.reason") find their field.
import type { Framework, SavedScore } from './assessment.query';
import type { ModeratedScoreInput } from './assessment.mutations';
import { levelName, type AssessedCriterion } from './framework-reading';
import type { ErrorWording, FormProblems } from './form-problems';

export interface Moderation {
  /** The chosen level, or empty to keep the self-score. */
  readonly score: string;
  readonly reason: string;
}

/** By criterion id; a criterion left out keeps its self-score. */
export type ModerationValues = Readonly<Record<string, Moderation>>;

/** A field of the moderation form: a criterion's moderated score or reason. */
export type ModerationField = `score:${string}` | `reason:${string}`;

export const scoreField = (criterionId: string): ModerationField => `score:${criterionId}`;
export const reasonField = (criterionId: string): ModerationField => `reason:${criterionId}`;

/** Element ids without the criterion's dot, so they read plainly in a fragment: `moderated-leadership-1`. */
export function moderationFieldId(field: ModerationField): string {
  const [kind, criterionId = ''] = field.split(/:(.*)/s);
  const slug = criterionId.replace(/[^A-Za-z0-9_-]/g, '-');
  return kind === 'score' ? `moderated-${slug}` : `reason-${slug}`;
}

/** The moderated scores to send, in the order of the criteria: only those that differ. */
export function moderatedScoresToSend(
  values: ModerationValues,
  criteria: readonly AssessedCriterion[],
): ModeratedScoreInput[] {
  return criteria.flatMap((criterion) => {
    const moderation = values[criterion.id];
    if (!moderation || moderation.score === '') return [];
    return [{ criterionId: criterion.id, score: Number(moderation.score), reason: moderation.reason.trim() }];
  });
}

/** Every moderated score needs its reason; the rest (on the scale, differs) is the API's to judge. */
export function checkModeration(
  values: ModerationValues,
  criteria: readonly AssessedCriterion[],
  framework: Framework,
): FormProblems<ModerationField> | null {
  const fieldErrors: Partial<Record<ModerationField, string>> = {};
  for (const criterion of criteria) {
    const moderation = values[criterion.id];
    if (moderation && moderation.score !== '' && moderation.reason.trim() === '') {
      fieldErrors[reasonField(criterion.id)] =
        `Explain why criterion ${criterion.code} is moderated to ${levelName(framework.scale, Number(moderation.score))}`;
    }
  }
  return Object.keys(fieldErrors).length > 0 ? { fieldErrors, general: [] } : null;
}

/** The fields in page order, for the error summary. */
export function moderationFieldOrder(criteria: readonly AssessedCriterion[]): ModerationField[] {
  return criteria.flatMap((criterion) => [scoreField(criterion.id), reasonField(criterion.id)]);
}

/** Wording for validateAssessment's errors, given the moderated scores that were sent. */
export function validationErrorWording(sent: readonly ModeratedScoreInput[]): ErrorWording<ModerationField> {
  return {
    fieldFor: (apiField) => {
      const match = /^moderatedScores\.(\d+)\.(score|reason|criterionId)$/.exec(apiField);
      const criterionId = match ? sent[Number(match[1])]?.criterionId : undefined;
      if (!match || criterionId === undefined) return undefined;
      return match[2] === 'reason' ? reasonField(criterionId) : scoreField(criterionId);
    },
    unauthenticated: 'Your sign-in has ended. Sign in again to validate the assessment',
    forbidden: 'Only the coordinator of the partnership’s region and the national team may validate its assessment',
  };
}

/** The levels a criterion may be moderated to: every level but the self-score. */
export function moderationLevels(framework: Framework, selfScore: SavedScore) {
  return framework.scale.filter((level) => level.level !== selfScore.score);
}
