// What the overview shows, in words: how many partnerships, where, and as of when.
import { longDate } from './as-of-date';

export interface OverviewCaptionParts {
  readonly shown: number;
  readonly total: number;
  /** The region's name; null for England and Wales. */
  readonly place: string | null;
  /** YYYY-MM-DD; null for today. */
  readonly asOf: string | null;
}

export function overviewCaption({ shown, total, place, asOf }: OverviewCaptionParts): string {
  const noun = total === 1 ? 'partnership' : 'partnerships';
  const count = shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`;
  return `${count} in ${place ?? 'England and Wales'} ${when(asOf)}`;
}

/** Said instead of a table when there is no partnership at all at that date. */
export function noPartnershipsMessage(place: string | null, asOf: string | null): string {
  return `There were no partnerships in ${place ?? 'England and Wales'} ${when(asOf)}.`;
}

function when(asOf: string | null): string {
  return asOf ? `as of the end of ${longDate(asOf)}` : 'as of today';
}
