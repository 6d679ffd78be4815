import { criteriaApplicableTo } from '@nsf/domain';
import type { DemoPartnership } from '../demo-partnership';
import { DEMO_PARTNERSHIPS_2009 } from '../demo-partnerships-2009';
import { DEMO_USERS } from '../demo-users';
import { assessmentCycle, type AssessmentCycleOptions } from './assessment-cycle';
import { currentPeriodPlan, type CurrentPeriodPlan } from './current-period';
import { castOf } from './demo-cast';
import { CURRENT_DEMO_PERIOD, DEMO_PERIODS } from './demo-calendar';
import { characterOf } from './partnership-character';
import { improvementActions } from './improvement-actions';
import { partnershipRegistration } from './partnership-registration';
import { priorityDecision } from './priority-decisions';
import { randomSource } from './random-source';
import type { DeriveId, GeneratedStream } from './stream-recorder';
import { supportCases, type DeliveredSupport } from './support-cases';

/**
 * The demo data as a history: every partnership registered, then three years of self-assessment,
 * moderation and support, generated from a fixed seed through the domain's own deciders. The
 * same seed gives the same events, ids included, on every run.
 */
export const DEMO_HISTORY_SEED = 20090401;

export interface DemoHistory {
  /** Every stream's whole history, in the order of their first events (registrations first). */
  readonly streams: readonly GeneratedStream[];
  readonly eventCount: number;
}

/** Support delivered on a hallmark lifts the partnership's real level there from then on, up to a point. */
const LIFT_PER_DELIVERY = 0.35;
const MAX_LIFT = 0.7;

export function generateDemoHistory(options: {
  readonly idFor: DeriveId;
  readonly seed?: number;
  readonly partnerships?: readonly DemoPartnership[];
}): DemoHistory {
  const { idFor } = options;
  const root = randomSource(options.seed ?? DEMO_HISTORY_SEED);
  const streams: GeneratedStream[] = [];
  for (const partnership of options.partnerships ?? DEMO_PARTNERSHIPS_2009) {
    const registration = partnershipRegistration(partnership, idFor);
    streams.push(registration.recorder.stream());
    const facts = registration.facts;
    const random = root.fork(facts.partnershipId);
    const character = characterOf(random.fork('character'));
    const cast = castOf(facts);
    const hasDemoUsers = DEMO_USERS.some((user) => user.partnershipId === facts.partnershipId);
    const delivered: DeliveredSupport[] = [];
    const liftFor = (hallmarkId: string, at: Date) =>
      Math.min(
        MAX_LIFT,
        delivered.filter((d) => d.hallmarkId === hallmarkId && d.deliveredAt < at).length * LIFT_PER_DELIVERY,
      );

    DEMO_PERIODS.forEach((period, year) => {
      const plan: CurrentPeriodPlan =
        period === CURRENT_DEMO_PERIOD
          ? currentPeriodPlan(facts.partnershipId, criteriaApplicableTo(facts.setting).length, random.fork('current'))
          : { outcome: 'validated' };
      const cycleOptions: AssessmentCycleOptions = {
        partnership: facts,
        period,
        year,
        character,
        cast,
        outcome: plan.outcome,
        scoredSoFar: plan.scoredSoFar,
        liftFor,
        random: random.fork(period),
        idFor,
      };
      const cycle = assessmentCycle(cycleOptions);
      streams.push(cycle.stream);
      if (!cycle.validation) return;
      // The demo users' own partnerships keep no priority status, so a new user can try deciding one.
      if (!hasDemoUsers)
        priorityDecision(
          registration.recorder,
          period,
          cycle.validation,
          cast.coordinator,
          random.fork(`${period}:priority`),
        );
      const support = supportCases({
        partnership: facts,
        period,
        validation: cycle.validation,
        cast,
        random: random.fork(`${period}:support`),
        idFor,
      });
      streams.push(...support.streams);
      streams.push(
        ...improvementActions({
          partnership: facts,
          period,
          cycle,
          cast,
          random: random.fork(`${period}:actions`),
          idFor,
        }),
      );
      delivered.push(...support.delivered);
    });
  }
  // Appended in this order, the global log reads roughly as time went by.
  const ordered = streams
    .map((stream, index) => ({ stream, index, first: stream.events[0].occurredAt }))
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : a.index - b.index))
    .map((entry) => entry.stream);
  return { streams: ordered, eventCount: ordered.reduce((sum, stream) => sum + stream.events.length, 0) };
}
