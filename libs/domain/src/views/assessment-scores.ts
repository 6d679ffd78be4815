import type { OpenedAssessment, OpenedAssessmentStatus } from '../assessment/assessment';
import { averageLevel, effectiveScores } from '../assessment/effective-scores';
import { findCriterion } from '../framework/criteria';
import type { Framework } from '../framework/framework';
import { findFramework } from '../framework/frameworks';
import { hallmarkAverage, levelOfAverage } from '../overview/standing';

/**
 * Where one assessment stands, hallmark by hallmark and criterion by criterion: the partnership's
 * own scores beside the effective ones (the coordinator's moderated score where there is one).
 * Until validation nothing is moderated, so the two agree.
 */
export interface HallmarkScores {
  readonly hallmarkId: string;
  /** Mean of the partnership's own scores on the hallmark's criteria; null when none is scored. */
  readonly selfAverage: number | null;
  /** Mean of the effective scores; null when none is scored. */
  readonly average: number | null;
  /** The scale level the effective average rounds to. */
  readonly level: number | null;
}

export interface CriterionScores {
  readonly criterionId: string;
  readonly hallmarkId: string;
  readonly selfScore: number;
  readonly effectiveScore: number;
}

export interface AssessmentScores {
  readonly assessmentId: string;
  readonly period: string;
  readonly status: OpenedAssessmentStatus;
  readonly frameworkVersion: string;
  /** Every hallmark of the assessment's framework edition, in framework order. */
  readonly hallmarks: readonly HallmarkScores[];
  /** Every scored criterion, in framework order. */
  readonly criteria: readonly CriterionScores[];
}

/** The framework edition an assessment names; editions are never removed, so a missing one is a bug. */
export function frameworkOf(assessment: OpenedAssessment): Framework {
  const framework = findFramework(assessment.frameworkVersion);
  if (!framework) {
    throw new Error(`framework ${assessment.frameworkVersion} of assessment ${assessment.assessmentId} is missing`);
  }
  return framework;
}

export function assessmentScores(assessment: OpenedAssessment): AssessmentScores {
  const framework = frameworkOf(assessment);
  const effective = new Map(effectiveScores(assessment).map((score) => [score.criterionId, score.score]));
  const criteria = assessment.scores.map(({ criterionId, score }) => ({
    criterionId,
    hallmarkId: findCriterion(criterionId, framework)?.hallmarkId ?? '',
    selfScore: score,
    effectiveScore: effective.get(criterionId) ?? score,
  }));
  const hallmarks = framework.hallmarks.map((hallmark) => {
    const own = criteria.filter((criterion) => criterion.hallmarkId === hallmark.id).map((c) => c.selfScore);
    const average = averageLevel(assessment, hallmark.id, framework);
    return {
      hallmarkId: hallmark.id,
      selfAverage: own.length === 0 ? null : hallmarkAverage(own),
      average,
      level: average === null ? null : levelOfAverage(average),
    };
  });
  const { assessmentId, period, status, frameworkVersion } = assessment;
  return { assessmentId, period, status, frameworkVersion, hallmarks, criteria };
}
