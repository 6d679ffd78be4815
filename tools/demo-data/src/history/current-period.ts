import { CURRENT_FRAMEWORK, partnershipIdFor } from '@nsf/domain';
import type { CycleOutcome } from './assessment-cycle';
import type { RandomSource } from './random-source';

/**
 * Where each partnership's assessment for the current period stands at the demo's today: many
 * validated, the rest spread over the coordinators' in-tray (submitted), back with the
 * partnership after a return, or still being scored, so every screen has work on it.
 *
 * The demo users' own partnerships are fixed rather than drawn: Allerdale (liam.lead,
 * maya.member) is open with its first two hallmarks scored, so someone signing in can finish the
 * scoring, submit, and validate it as nora.northwest; Cardiff (cerys.lead) is submitted and
 * waiting for gwen.wales.
 */
export interface CurrentPeriodPlan {
  readonly outcome: CycleOutcome;
  /** For an open assessment: how many of its criteria are scored; all when absent. */
  readonly scoredSoFar?: number;
}

export const ALLERDALE = partnershipIdFor('NORTH_WEST', 'Allerdale CDRP');
export const CARDIFF = partnershipIdFor('WALES', 'Cardiff CSP');

const FIRST_TWO_HALLMARKS = CURRENT_FRAMEWORK.hallmarks
  .slice(0, 2)
  .reduce((count, hallmark) => count + hallmark.criteria.length, 0);

export function currentPeriodPlan(partnershipId: string, applicable: number, random: RandomSource): CurrentPeriodPlan {
  if (partnershipId === ALLERDALE) return { outcome: 'open', scoredSoFar: FIRST_TWO_HALLMARKS };
  if (partnershipId === CARDIFF) return { outcome: 'submitted' };
  const outcome = random.weighted<CycleOutcome>({ validated: 0.45, submitted: 0.22, returned: 0.1, open: 0.23 });
  return outcome === 'open' ? { outcome, scoredSoFar: Math.floor(applicable * random.between(0.2, 1)) } : { outcome };
}
