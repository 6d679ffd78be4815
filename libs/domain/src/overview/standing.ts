/**
 * How a partnership stands on the coordinator's overview, as pure rules shared by the read model
 * and by the replay it is checked against: its level per hallmark from a validated assessment,
 * the trend since the previous one, and whether its current self-assessment is overdue.
 */
import type { OpenedAssessmentStatus } from '../assessment/assessment';
import { periodEndsOn } from '../assessment/assessment-id';

export type Trend = 'UP' | 'DOWN' | 'SAME' | 'NEW';

/**
 * A hallmark's level in one validated assessment: the mean of its criteria's effective scores
 * (the coordinator's moderated score where there is one, else the partnership's own), to two
 * decimals so the read model (numeric(4,2)) and a replay agree exactly.
 */
export function hallmarkAverage(scores: readonly number[]): number {
  if (scores.length === 0) throw new Error('a hallmark with no scored criteria has no level');
  const sum = scores.reduce((total, score) => total + score, 0);
  return Math.round((sum * 100) / scores.length) / 100;
}

/** The scale level a hallmark's average shows as (a tag on the overview). */
export const levelOfAverage = (average: number): number => Math.round(average);

/** Compared with the previous validated assessment; NEW when there is none. */
export function trendOf(previous: number | null, current: number): Trend {
  if (previous === null) return 'NEW';
  if (current > previous) return 'UP';
  if (current < previous) return 'DOWN';
  return 'SAME';
}

/**
 * A self-assessment is due by the end of its period: after that, one that is not yet submitted
 * or validated is overdue. (The seed sets no deadline; this is the platform's, one per year.)
 */
export function isOverdue(period: string, status: OpenedAssessmentStatus, asOf: string): boolean {
  if (status === 'submitted' || status === 'validated') return false;
  return overdueDayOf(asOf) > periodEndsOn(period);
}

/**
 * All of an instant that whether an assessment is overdue depends on: its day (UTC, as
 * `yyyy-mm-dd`, itself an instant `isOverdue` takes). Every instant of a day gives the same flags.
 */
export const overdueDayOf = (asOf: string): string => asOf.slice(0, 10);
