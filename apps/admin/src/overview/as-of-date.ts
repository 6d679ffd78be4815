// The "as of" date a coordinator types, read as the end of that day in the UK: the overview then
// shows everything that happened on the day chosen, whatever the time zone of the browser.

export interface AsOfDateFields {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export type AsOfDateReading =
  | { readonly ok: true; readonly date: string | null }
  | { readonly ok: false; readonly message: string; readonly field: keyof AsOfDateFields };

const UK_TIME_ZONE = 'Europe/London';

/** YYYY-MM-DD from the three fields; null when all are empty (meaning "now"). */
export function readAsOfDate(fields: AsOfDateFields): AsOfDateReading {
  const day = fields.day.trim();
  const month = fields.month.trim();
  const year = fields.year.trim();
  if (!day && !month && !year) return { ok: true, date: null };
  if (!day) return { ok: false, message: 'The date must include a day', field: 'day' };
  if (!month) return { ok: false, message: 'The date must include a month', field: 'month' };
  if (!year) return { ok: false, message: 'The date must include a year', field: 'year' };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return { ok: false, message: 'The date must be a real date, for example 31 3 2010', field: 'day' };
  }
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!isCalendarDate(date)) {
    return { ok: false, message: 'The date must be a real date, for example 31 3 2010', field: 'day' };
  }
  return { ok: true, date };
}

/** The three fields showing a YYYY-MM-DD date, or empty ones. */
export function asOfDateFields(date: string | null): AsOfDateFields {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
}

export function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

/** The last millisecond of a YYYY-MM-DD day in the UK (GMT or BST), as an ISO instant. */
export function endOfUkDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const nextMidnightUtc = Date.UTC(year, month - 1, day + 1);
  // UK midnight is UTC midnight minus the offset in force then; the offset an hour earlier is the
  // one that applies, since clocks change at 01:00 UTC, never around midnight.
  const offsetMs = ukOffsetMs(nextMidnightUtc - 3_600_000);
  return new Date(nextMidnightUtc - offsetMs - 1).toISOString();
}

/** How far UK clock time is ahead of UTC at an instant: 0 in winter, one hour in summer. */
function ukOffsetMs(instantMs: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: UK_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instantMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/** "31 March 2010", for captions. */
export function longDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
