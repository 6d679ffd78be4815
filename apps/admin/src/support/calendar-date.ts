// A date typed into a GOV.UK date input (day, month, year), read as YYYY-MM-DD, with the GOV.UK
// error message for what is missing or wrong and the part to highlight.
import type { DateParts } from '../govuk';

export type DateReading =
  | { readonly ok: true; readonly date: string }
  | { readonly ok: false; readonly message: string; readonly part?: keyof DateParts };

/** `what` names the date in messages, e.g. "the date the support was delivered". */
export function readDate(parts: DateParts, what: string): DateReading {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { ok: false, message: `Enter ${what}` };
  if (!day) return { ok: false, message: `${capitalise(what)} must include a day`, part: 'day' };
  if (!month) return { ok: false, message: `${capitalise(what)} must include a month`, part: 'month' };
  if (!year) return { ok: false, message: `${capitalise(what)} must include a year`, part: 'year' };
  const date =
    /^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year)
      ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
      : null;
  if (!date || !isCalendarDate(date)) {
    return { ok: false, message: `${capitalise(what)} must be a real date` };
  }
  return { ok: true, date };
}

export function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
