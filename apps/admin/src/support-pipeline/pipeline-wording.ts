// The pipeline in words: each status as a heading, each outcome as a coloured tag with words, and
// dates in UK time in GOV.UK style ("3 May 2010").
import type { ScoreMovement, SupportCaseStatus } from './support-pipeline.query';

export const STATUS_HEADINGS: Readonly<Record<SupportCaseStatus, string>> = {
  REQUESTED: 'Requested by the partnership',
  PROPOSED: 'Proposed by the coordinator',
  DEFERRED: 'Deferred',
  APPROVED: 'Approved, to be delivered',
  DELIVERED: 'Delivered',
  DECLINED: 'Declined',
};

export interface OutcomeTag {
  readonly text: string;
  /** A GOV.UK tag colour modifier; the words carry the meaning, the colour only repeats it. */
  readonly colour: string;
}

export const OUTCOME_TAGS: Readonly<Record<ScoreMovement, OutcomeTag>> = {
  IMPROVED: { text: 'Improved', colour: 'govuk-tag--green' },
  UNCHANGED: { text: 'Unchanged', colour: 'govuk-tag--grey' },
  DECLINED: { text: 'Declined', colour: 'govuk-tag--red' },
  NO_BASELINE: { text: 'No baseline', colour: 'govuk-tag--blue' },
};

/** A served hallmark's levels before and after: "2.00 to 3.00", or without a baseline "now 2.40". */
export function levelWords(before: number | null, after: number): string {
  return before === null ? `now ${after.toFixed(2)}` : `${before.toFixed(2)} to ${after.toFixed(2)}`;
}

/** The day of an ISO instant in the UK. */
export function ukDay(instant: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(instant));
}

/** A YYYY-MM-DD calendar date, as it is (no time zone moves it). */
export function calendarDay(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** "12 support cases in North West as of today", "1 support case in Wales as of the end of 31 March 2010". */
export function pipelineCaption(total: number, place: string, asOfDay: string | null): string {
  const noun = total === 1 ? 'support case' : 'support cases';
  return `${total} ${noun} in ${place} ${asOfDay ? `as of the end of ${asOfDay}` : 'as of today'}`;
}
