import { hallmarkAverage, type Actor } from '@nsf/domain';
import type { AssessmentCycle } from './assessment-cycle';
import { DEMO_HORIZON, workingTimeAfter } from './demo-calendar';
import type { PartnershipRecorder } from './partnership-registration';
import type { RandomSource } from './random-source';

/**
 * A coordinator's reading of each validated assessment: a partnership well below Established
 * across the framework becomes a priority partnership for support, citing the validation; a
 * priority partnership that has come back to Established has the status lifted. The thresholds
 * leave a gap between them, so a partnership hovering at one line does not flip every year.
 */
const DESIGNATE_BELOW = 2.15;
const LIFT_FROM = 2.7;

export function priorityDecision(
  partnership: PartnershipRecorder,
  period: string,
  validation: NonNullable<AssessmentCycle['validation']>,
  coordinator: Actor,
  random: RandomSource,
): void {
  const state = partnership.state;
  if (state.status !== 'registered') return;
  const average = hallmarkAverage([...validation.scores.values()]);
  const isPriority = state.priority !== null;
  const designate = !isPriority && average < DESIGNATE_BELOW;
  const lift = isPriority && average >= LIFT_FROM;
  if (!designate && !lift) return;

  const at = workingTimeAfter(validation.at, 10, random);
  if (at.getTime() >= DEMO_HORIZON.getTime()) return;
  const evidence = [validation.eventId];
  partnership.record(
    designate
      ? {
          type: 'DesignatePriority',
          rationale: `The validated ${period} assessment averages ${average.toFixed(2)} across the framework, well below Established: the partnership needs focused support.`,
          evidence,
        }
      : {
          type: 'LiftPriority',
          rationale: `The validated ${period} assessment averages ${average.toFixed(2)}: the partnership is back at Established and no longer needs priority support.`,
          evidence,
        },
    coordinator,
    at,
  );
}
