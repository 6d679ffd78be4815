/**
 * Dates the platform records without a time (due dates, delivery dates) travel as YYYY-MM-DD.
 * The pattern alone is not enough: '2009-02-30' matches it but is not on the calendar, and
 * '2009-13-01' is not a date at all (and must not throw on the way to being refused).
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
