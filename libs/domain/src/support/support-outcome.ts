import type { OpenedAssessment } from '../assessment/assessment';
import { averageLevel } from '../assessment/effective-scores';
import { findFramework } from '../framework/frameworks';
import type { HallmarkMovement, ScoreMovement } from './support-case';
import type { SupportOffer } from './support-catalogue';

/**
 * Did the scores move? For each hallmark the offer serves, the hallmark's average effective level
 * (moderated score where the coordinator moderated, else the self-score) in the baseline — the
 * partnership's validated assessment of the period before — and in the later validated one.
 * Levels are compared as shown, to two decimal places, so the movement never contradicts the
 * numbers beside it. An offer linked to no hallmark serves partnership working as a whole, so its
 * outcome reads every hallmark. A hallmark the later assessment scores nothing of (none of its
 * criteria applies to the partnership) has no level to read and is left out.
 */
export function hallmarkMovements(
  offer: SupportOffer,
  after: OpenedAssessment,
  baseline: OpenedAssessment | null,
): readonly HallmarkMovement[] {
  const framework = frameworkOf(after);
  const baselineFramework = baseline ? frameworkOf(baseline) : null;
  const served = framework.hallmarks.filter(
    (hallmark) => offer.hallmarkIds.length === 0 || offer.hallmarkIds.includes(hallmark.id),
  );
  return served.flatMap((hallmark) => {
    const afterLevel = averageLevel(after, hallmark.id, framework);
    if (afterLevel === null) return [];
    const before = baseline && baselineFramework ? averageLevel(baseline, hallmark.id, baselineFramework) : null;
    return [{ hallmarkId: hallmark.id, before, after: afterLevel, movement: movementBetween(before, afterLevel) }];
  });
}

function movementBetween(before: number | null, after: number): ScoreMovement {
  if (before === null) return 'NO_BASELINE';
  if (after > before) return 'IMPROVED';
  if (after < before) return 'DECLINED';
  return 'UNCHANGED';
}

function frameworkOf(assessment: OpenedAssessment) {
  const framework = findFramework(assessment.frameworkVersion);
  // The version was checked when the assessment opened, and editions are never removed.
  if (!framework)
    throw new Error(`framework ${assessment.frameworkVersion} of assessment ${assessment.assessmentId} is missing`);
  return framework;
}
