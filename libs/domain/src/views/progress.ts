import type { OpenedAssessment } from '../assessment/assessment';
import { findCriterion } from '../framework/criteria';
import { hallmarkAverage } from '../overview/standing';
import { assessmentScores, frameworkOf } from './assessment-scores';

/**
 * A partnership's progress, one point per validated assessment and hallmark: what it said of
 * itself, where it stood once moderated, and what any third-party review found. The region's and
 * the nation's averages for the same period come from the overview read model beside these.
 */
export interface ProgressPoint {
  readonly assessmentId: string;
  readonly period: string;
  readonly hallmarkId: string;
  /** Mean of the partnership's own scores; null when it scored none of the hallmark's criteria. */
  readonly selfAverage: number | null;
  /** Mean of the effective (moderated where moderated) scores. */
  readonly effectiveAverage: number | null;
  /** Mean of every diagnostic or peer review score on the hallmark's criteria; null without one. */
  readonly reviewAverage: number | null;
}

/** Oldest period first, hallmarks in framework order; only `hallmarkId`'s when one is named. */
export function progressOf(assessments: readonly OpenedAssessment[], hallmarkId: string | null): ProgressPoint[] {
  return assessments
    .filter((assessment) => assessment.status === 'validated')
    .sort((a, b) => a.period.localeCompare(b.period))
    .flatMap((assessment) => {
      const framework = frameworkOf(assessment);
      const reviewed = assessment.reviews.flatMap((review) => review.scores);
      return assessmentScores(assessment)
        .hallmarks.filter((hallmark) => hallmarkId === null || hallmark.hallmarkId === hallmarkId)
        .map((hallmark) => {
          const reviews = reviewed
            .filter((score) => findCriterion(score.criterionId, framework)?.hallmarkId === hallmark.hallmarkId)
            .map((score) => score.score);
          return {
            assessmentId: assessment.assessmentId,
            period: assessment.period,
            hallmarkId: hallmark.hallmarkId,
            selfAverage: hallmark.selfAverage,
            effectiveAverage: hallmark.average,
            reviewAverage: reviews.length === 0 ? null : hallmarkAverage(reviews),
          };
        });
    });
}
