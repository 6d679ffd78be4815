import type { RandomSource } from './random-source';

/**
 * Business time for the demo history. Partnerships plan in financial years (April to March);
 * the history stops at the demo's "today", part-way through the last year, so the current
 * period is still being worked on. Times fall on weekdays in office hours (UTC, near enough
 * for an English or Welsh office).
 */

/** The periods the demo history covers, oldest first; the last is the current one. */
export const DEMO_PERIODS = ['2009-10', '2010-11', '2011-12'] as const;
export type DemoPeriod = (typeof DEMO_PERIODS)[number];
export const CURRENT_DEMO_PERIOD: DemoPeriod = '2011-12';

/** The demo's "today": nothing in the history happens on or after it. */
export const DEMO_HORIZON = new Date('2012-03-01T00:00:00.000Z');

const DAY_MS = 86_400_000;

/** 1 April of the period's first year. */
export function periodStart(period: string): Date {
  return new Date(`${period.slice(0, 4)}-04-01T00:00:00.000Z`);
}

/** The first instant after the period: 1 April of the following year. */
export function periodEnd(period: string): Date {
  return new Date(`${Number(period.slice(0, 4)) + 1}-04-01T00:00:00.000Z`);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

/** The same or the next weekday, at midnight. */
export function weekdayOnOrAfter(date: Date): Date {
  let day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day = addDays(day, 1);
  return day;
}

/** A time in office hours (09:00–16:30) on the first weekday at least `days` after `date`. */
export function workingTimeAfter(date: Date, days: number, random: RandomSource): Date {
  const day = weekdayOnOrAfter(addDays(date, days));
  const minutes = random.int(9 * 60, 16 * 60 + 30);
  const at = addMinutes(day, minutes + random.next());
  // Never before the moment it follows, even on the same day.
  return at.getTime() > date.getTime() ? at : addMinutes(date, random.int(5, 40));
}

/** A calendar date, YYYY-MM-DD. */
export function calendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Event time as the store keeps it: ISO-8601 UTC with milliseconds. */
export function instant(date: Date): string {
  return new Date(Math.floor(date.getTime())).toISOString();
}
