// How support is said on screen: each case status and score movement as a GOV.UK tag (the words
// carry the meaning; the colour only helps scanning), and each decision as a verb.
import type { ScoreMovement, SupportCaseStatus, SupportDecision } from './support-case';

export interface TagWording {
  readonly text: string;
  /** A GOV.UK tag colour modifier, e.g. `govuk-tag--green`. */
  readonly colour: string;
}

export const CASE_STATUS_TAGS: Readonly<Record<SupportCaseStatus, TagWording>> = {
  REQUESTED: { text: 'Requested', colour: 'govuk-tag--blue' },
  PROPOSED: { text: 'Proposed', colour: 'govuk-tag--light-blue' },
  DEFERRED: { text: 'Deferred', colour: 'govuk-tag--yellow' },
  APPROVED: { text: 'Approved', colour: 'govuk-tag--turquoise' },
  DECLINED: { text: 'Declined', colour: 'govuk-tag--red' },
  DELIVERED: { text: 'Delivered', colour: 'govuk-tag--green' },
};

export const MOVEMENT_TAGS: Readonly<Record<ScoreMovement, TagWording>> = {
  IMPROVED: { text: 'Improved', colour: 'govuk-tag--green' },
  UNCHANGED: { text: 'Unchanged', colour: 'govuk-tag--grey' },
  DECLINED: { text: 'Declined', colour: 'govuk-tag--red' },
  NO_BASELINE: { text: 'No baseline', colour: 'govuk-tag--purple' },
};

interface DecisionWording {
  /** The choice on the decision form. */
  readonly choice: string;
  /** As the case tells it: "Approved by …". */
  readonly past: string;
  /** The heading of the banner once it is recorded. */
  readonly done: string;
}

export const DECISION_WORDING: Readonly<Record<SupportDecision, DecisionWording>> = {
  APPROVED: { choice: 'Approve', past: 'Approved', done: 'Support approved' },
  DECLINED: { choice: 'Decline', past: 'Declined', done: 'Support declined' },
  DEFERRED: { choice: 'Defer', past: 'Deferred', done: 'Support deferred' },
};

/** "Requested by liam.lead" or "Proposed by nora.northwest"; in lower case to follow other words. */
export function raisedWording(how: 'REQUESTED' | 'PROPOSED', actor: string, midSentence = false): string {
  const verb = how === 'REQUESTED' ? 'Requested' : 'Proposed';
  return `${midSentence ? verb.toLowerCase() : verb} by ${actor}`;
}

/** A hallmark's average level, to two decimal places as the API records it; a dash when there is none. */
export function levelWording(level: number | null): string {
  return level === null ? '–' : level.toFixed(2);
}
