// One criterion's answer as the question page holds it: the level, the evidence and its links,
// and the rationale; the checks made before saving; and how the API's objections map onto it.
import type { SavedScore } from './assessment.query';
import type { ScoreCriterionInput } from './assessment.mutations';
import { sameNamedField, type ErrorWording, type FormProblems } from './form-problems';

export const ANSWER_FIELDS = ['score', 'evidence', 'evidenceLinks', 'rationale'] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

/** Each field's element id; for the radios it is the first radio, so a link can focus it. */
export const ANSWER_FIELD_IDS: Readonly<Record<AnswerField, string>> = {
  score: 'score',
  evidence: 'evidence',
  evidenceLinks: 'evidence-links',
  rationale: 'rationale',
};

export interface AnswerValues {
  /** The chosen level as the radios hold it; empty when none is chosen. */
  readonly score: string;
  readonly evidence: string;
  /** One web address a line. */
  readonly evidenceLinks: string;
  readonly rationale: string;
}

export const EMPTY_ANSWER: AnswerValues = { score: '', evidence: '', evidenceLinks: '', rationale: '' };

export function answerFromSaved(saved: SavedScore | undefined): AnswerValues {
  if (!saved) return EMPTY_ANSWER;
  return {
    score: String(saved.score),
    evidence: saved.evidence ?? '',
    evidenceLinks: saved.evidenceLinks.join('\n'),
    rationale: saved.rationale,
  };
}

function linksOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Only what the browser knows for certain: a level is chosen and a reason given. */
export function checkAnswer(values: AnswerValues): FormProblems<AnswerField> | null {
  const fieldErrors: Partial<Record<AnswerField, string>> = {};
  if (values.score === '') fieldErrors.score = 'Select the level that best describes the partnership';
  if (values.rationale.trim() === '') fieldErrors.rationale = 'Explain why you gave this score';
  return Object.keys(fieldErrors).length > 0 ? { fieldErrors, general: [] } : null;
}

/** Call only after checkAnswer found nothing missing. */
export function toScoreInput(
  values: AnswerValues,
  ids: { readonly assessmentId: string; readonly criterionId: string; readonly commandId: string },
): ScoreCriterionInput {
  const evidence = values.evidence.trim();
  return {
    assessmentId: ids.assessmentId,
    criterionId: ids.criterionId,
    score: Number(values.score),
    evidence: evidence === '' ? null : evidence,
    evidenceLinks: linksOf(values.evidenceLinks),
    rationale: values.rationale.trim(),
    commandId: ids.commandId,
  };
}

/**
 * Whether saving would record nothing new: the same level, evidence and reasons as already
 * saved. Saving again would append a re-score identical to the last, so the page moves on instead.
 */
export function isUnchanged(values: AnswerValues, saved: SavedScore | undefined): boolean {
  if (!saved) return false;
  const evidence = values.evidence.trim();
  const links = linksOf(values.evidenceLinks);
  return (
    Number(values.score) === saved.score &&
    (evidence === '' ? null : evidence) === (saved.evidence ?? null) &&
    values.rationale.trim() === saved.rationale &&
    links.length === saved.evidenceLinks.length &&
    links.every((link, index) => link === saved.evidenceLinks[index])
  );
}

export const ANSWER_ERROR_WORDING: ErrorWording<AnswerField> = {
  fieldFor: sameNamedField(ANSWER_FIELDS),
  unauthenticated: 'Your sign-in has ended. Sign in again to save your answer',
  forbidden: 'Only the national team and the partnership’s own people may score its self-assessment',
};
