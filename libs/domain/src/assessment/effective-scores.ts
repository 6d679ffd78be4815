import { findCriterion } from '../framework/criteria';
import type { Framework } from '../framework/framework';
import { hallmarkAverage } from '../overview/standing';
import type { OpenedAssessment } from './assessment';

/** Where an assessment stands on one criterion once the coordinator's view is taken into account. */
export interface EffectiveScore {
  readonly criterionId: string;
  readonly score: number;
}

/**
 * The score each scored criterion stands at: the coordinator's moderated score where they
 * moderated it on validation, otherwise the partnership's own. Third-party reviews inform the
 * coordinator but never stand in for either. In framework order.
 */
export function effectiveScores(assessment: OpenedAssessment): readonly EffectiveScore[] {
  const moderated = new Map(assessment.moderatedScores.map((score) => [score.criterionId, score.moderatedScore]));
  return assessment.scores.map(({ criterionId, score }) => ({
    criterionId,
    score: moderated.get(criterionId) ?? score,
  }));
}

/**
 * The mean effective score of a hallmark's scored criteria, to two decimal places (the precision
 * a person compares levels at), or null when the assessment scores none of them.
 */
export function averageLevel(assessment: OpenedAssessment, hallmarkId: string, framework: Framework): number | null {
  const scores = effectiveScores(assessment)
    .filter((score) => findCriterion(score.criterionId, framework)?.hallmarkId === hallmarkId)
    .map((score) => score.score);
  return scores.length === 0 ? null : hallmarkAverage(scores);
}
