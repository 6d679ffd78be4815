import type { OpenedAssessment } from '../assessment/assessment';
import { invalid, type DomainError } from '../shared/domain-error';
import { assessmentScores } from './assessment-scores';

/**
 * Two assessments of one partnership side by side: per criterion and per hallmark the effective
 * score (moderated where moderated) in each and the change from the first to the second, with
 * the gains, losses and level changes counted so a coordinator sees at a glance what moved.
 */
export interface CriterionChange {
  readonly criterionId: string;
  readonly hallmarkId: string;
  /** Null when the first assessment did not score it. */
  readonly before: number | null;
  /** Null when the second assessment did not score it. */
  readonly after: number | null;
  /** after − before; null unless both scored it. */
  readonly change: number | null;
}

export interface HallmarkChange {
  readonly hallmarkId: string;
  readonly before: number | null;
  readonly after: number | null;
  /** after − before, to two decimals; null unless both have an average. */
  readonly change: number | null;
  readonly levelBefore: number | null;
  readonly levelAfter: number | null;
}

export interface AssessmentComparison {
  readonly before: OpenedAssessment;
  readonly after: OpenedAssessment;
  /** In the second assessment's framework order, then any criterion only the first scored. */
  readonly criteria: readonly CriterionChange[];
  readonly hallmarks: readonly HallmarkChange[];
  /** Criteria whose effective score rose. */
  readonly gains: number;
  /** Criteria whose effective score fell. */
  readonly losses: number;
  /** Hallmarks whose level (the average rounded to the scale) moved, either way. */
  readonly levelChanges: number;
}

export type ComparisonResult = { ok: true; comparison: AssessmentComparison } | { ok: false; error: DomainError };

const round2 = (value: number): number => Math.round(value * 100) / 100;

export function compareAssessments(before: OpenedAssessment, after: OpenedAssessment): ComparisonResult {
  if (before.assessmentId === after.assessmentId) {
    return { ok: false, error: invalid('Choose two different assessments to compare.', 'b') };
  }
  if (before.partnershipId !== after.partnershipId) {
    return { ok: false, error: invalid('Only two assessments of the same partnership can be compared.', 'b') };
  }
  const first = assessmentScores(before);
  const second = assessmentScores(after);
  const firstScores = new Map(first.criteria.map((criterion) => [criterion.criterionId, criterion]));
  const secondIds = new Set(second.criteria.map((criterion) => criterion.criterionId));

  const criteria: CriterionChange[] = [
    ...second.criteria.map(({ criterionId, hallmarkId, effectiveScore }) => {
      const earlier = firstScores.get(criterionId)?.effectiveScore ?? null;
      return {
        criterionId,
        hallmarkId,
        before: earlier,
        after: effectiveScore,
        change: earlier === null ? null : effectiveScore - earlier,
      };
    }),
    ...first.criteria
      .filter((criterion) => !secondIds.has(criterion.criterionId))
      .map(({ criterionId, hallmarkId, effectiveScore }) => ({
        criterionId,
        hallmarkId,
        before: effectiveScore,
        after: null,
        change: null,
      })),
  ];

  const firstHallmarks = new Map(first.hallmarks.map((hallmark) => [hallmark.hallmarkId, hallmark]));
  const hallmarks = second.hallmarks.map(({ hallmarkId, average, level }) => {
    const earlier = firstHallmarks.get(hallmarkId);
    const beforeAverage = earlier?.average ?? null;
    return {
      hallmarkId,
      before: beforeAverage,
      after: average,
      change: beforeAverage === null || average === null ? null : round2(average - beforeAverage),
      levelBefore: earlier?.level ?? null,
      levelAfter: level,
    };
  });

  return {
    ok: true,
    comparison: {
      before,
      after,
      criteria,
      hallmarks,
      gains: criteria.filter((criterion) => (criterion.change ?? 0) > 0).length,
      losses: criteria.filter((criterion) => (criterion.change ?? 0) < 0).length,
      levelChanges: hallmarks.filter(
        (hallmark) =>
          hallmark.levelBefore !== null && hallmark.levelAfter !== null && hallmark.levelBefore !== hallmark.levelAfter,
      ).length,
    },
  };
}
