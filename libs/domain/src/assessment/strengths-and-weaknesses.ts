import type { Framework, ScaleLevel } from '../framework/framework';
import type { OpenedAssessment } from './assessment';
import { effectiveScores } from './effective-scores';

/** A criterion that stands out in its hallmark, one way or the other. */
export interface HallmarkFinding {
  readonly hallmarkId: string;
  readonly criterionId: string;
  readonly score: number;
}

export interface StrengthsAndWeaknesses {
  readonly strengths: readonly HallmarkFinding[];
  readonly weaknesses: readonly HallmarkFinding[];
}

const NONE: StrengthsAndWeaknesses = { strengths: [], weaknesses: [] };

/**
 * What a validated assessment shows, hallmark by hallmark, read from the effective scores (the
 * coordinator's moderated score where there is one, else the self-score):
 *
 * - weaknesses: a hallmark's lowest-scored criteria (every criterion tied at the lowest score),
 *   but only when that score is below the scale's middle level ("Established" on the 2009 scale),
 *   so a hallmark whose weakest criterion is already established has no weakness to act on;
 * - strengths: a hallmark's criteria at the top level of the scale ("Excelling" on the 2009 scale).
 *
 * The scale is read from the assessment's framework edition, so an edition with another scale
 * keeps the rule's meaning. Until the coordinator validates, the scores may still change, so
 * nothing is derived from them: both lists are empty. Findings come in framework order.
 */
export function strengthsAndWeaknesses(assessment: OpenedAssessment, framework: Framework): StrengthsAndWeaknesses {
  if (assessment.status !== 'validated' || framework.scale.length === 0) return NONE;
  const scores = new Map(effectiveScores(assessment).map((score) => [score.criterionId, score.score]));
  const established = middleLevel(framework.scale);
  const top = framework.scale[framework.scale.length - 1].level;
  const strengths: HallmarkFinding[] = [];
  const weaknesses: HallmarkFinding[] = [];
  for (const hallmark of framework.hallmarks) {
    const findings = hallmark.criteria.flatMap((criterion) => {
      const score = scores.get(criterion.id);
      return score === undefined ? [] : [{ hallmarkId: hallmark.id, criterionId: criterion.id, score }];
    });
    if (findings.length === 0) continue;
    const lowest = Math.min(...findings.map((finding) => finding.score));
    if (lowest < established) weaknesses.push(...findings.filter((finding) => finding.score === lowest));
    strengths.push(...findings.filter((finding) => finding.score === top));
  }
  return { strengths, weaknesses };
}

/**
 * The level at the middle of the scale, counting from the bottom: the first level of its upper
 * half when the scale has an even number of levels (3, "Established", of 1–4).
 */
function middleLevel(scale: readonly ScaleLevel[]): number {
  return scale[Math.floor(scale.length / 2)].level;
}
