// What just happened to an assessment, carried in history state to the page that reports it:
// the task list after starting, submitting, validating or returning.

export type AssessmentOutcome =
  | { readonly kind: 'opened'; readonly period: string }
  | { readonly kind: 'submitted'; readonly period: string }
  | { readonly kind: 'validated'; readonly period: string; readonly moderated: number }
  | { readonly kind: 'returned'; readonly period: string };

export interface OutcomeState {
  readonly outcome: AssessmentOutcome;
}

const KINDS = ['opened', 'submitted', 'validated', 'returned'];

export function readOutcome(state: unknown): AssessmentOutcome | null {
  if (typeof state !== 'object' || state === null) return null;
  const outcome = (state as { outcome?: unknown }).outcome;
  if (typeof outcome !== 'object' || outcome === null) return null;
  const { kind, period } = outcome as { kind?: unknown; period?: unknown };
  if (typeof kind !== 'string' || !KINDS.includes(kind) || typeof period !== 'string') return null;
  return outcome as AssessmentOutcome;
}

export function outcomeHeading(outcome: AssessmentOutcome): string {
  switch (outcome.kind) {
    case 'opened':
      return `The ${outcome.period} self-assessment has started`;
    case 'submitted':
      return `The ${outcome.period} self-assessment has been submitted`;
    case 'validated':
      return `The ${outcome.period} self-assessment has been validated`;
    case 'returned':
      return `The ${outcome.period} self-assessment has been returned for revision`;
  }
}

export function outcomeDetail(outcome: AssessmentOutcome): string {
  switch (outcome.kind) {
    case 'opened':
      return 'Score each criterion below. Your answers are saved as you go.';
    case 'submitted':
      return 'Your regional support coordinator will validate it, or return it to you with comments.';
    case 'validated':
      return outcome.moderated === 0
        ? 'Every self-score was accepted.'
        : `${outcome.moderated} ${outcome.moderated === 1 ? 'score was' : 'scores were'} moderated.`;
    case 'returned':
      return 'The partnership can now revise its scores and submit the assessment again.';
  }
}
