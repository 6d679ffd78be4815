import {
  CURRENT_FRAMEWORK,
  findSupportOffer,
  mayManageSupport,
  mayRequestSupport,
  supportCaseDecider,
  supportCaseIdFor,
  supportCaseStreamId,
  type SupportCaseCommand,
  type SupportCaseEvent,
  type SupportCaseState,
  type SupportDecision,
  type SupportOffer,
} from '@nsf/domain';
import type { AssessmentCycle, DemoPartnershipFacts } from './assessment-cycle';
import type { DemoCast } from './demo-cast';
import { calendarDate, DEMO_HORIZON, workingTimeAfter } from './demo-calendar';
import type { RandomSource } from './random-source';
import { demoCommandId, StreamRecorder, type DeriveId, type GeneratedStream } from './stream-recorder';
import { decisionRationale, deliveryNotes, needFor } from './support-texts';

/**
 * The support that follows a validated assessment: for each hallmark it shows as weak, a case
 * requested by the partnership or proposed by its coordinator, decided by the coordinator citing
 * the validation event, and most approved support delivered some weeks later. Support delivered
 * on a hallmark lifts the partnership's real level there in later years, so the history shows
 * whether support moved the scores. Nothing happens on or after the demo's today: a case still
 * waiting for its decision or delivery then is left where it stands.
 */

/** Offers that answer a weakness in each hallmark, most specific first. */
const OFFERS_FOR: Readonly<Record<string, readonly string[]>> = {
  leadership: ['executive-coaching', 'mentoring', 'leadership-literature-review'],
  intelligence: ['problem-solving-training', 'analyst-pump-priming', 'information-sharing-guidance'],
  communities: ['community-engagement-elements', 'peer-led-support'],
  delivery: ['structure-facilitation', 'effective-practice-structure-case-studies'],
  accountability: ['overview-scrutiny-guidance', 'mentoring'],
  skills: ['problem-solving-training', 'executive-coaching', 'effective-practice-database'],
};

/** A hallmark averaging below this after validation is a weakness support responds to. */
const WEAK_BELOW = 2.3;
const MAX_CASES_PER_YEAR = 2;

export interface DeliveredSupport {
  readonly hallmarkId: string;
  readonly deliveredAt: Date;
}

export interface SupportHistory {
  readonly streams: readonly GeneratedStream[];
  readonly delivered: readonly DeliveredSupport[];
}

export function supportCases(options: {
  readonly partnership: DemoPartnershipFacts;
  readonly period: string;
  readonly validation: NonNullable<AssessmentCycle['validation']>;
  readonly cast: DemoCast;
  readonly random: RandomSource;
  readonly idFor: DeriveId;
}): SupportHistory {
  const { validation, random } = options;
  const weak = CURRENT_FRAMEWORK.hallmarks
    .map((hallmark) => ({ hallmark, average: averageOf(hallmark.id, validation.scores) }))
    .filter((entry) => entry.average !== null && entry.average < WEAK_BELOW)
    .sort((a, b) => (a.average ?? 0) - (b.average ?? 0))
    .slice(0, MAX_CASES_PER_YEAR);
  const streams: GeneratedStream[] = [];
  const delivered: DeliveredSupport[] = [];
  weak.forEach(({ hallmark, average }, index) => {
    if (!random.chance(0.8)) return;
    const offer = offerFor(hallmark.id, random);
    const at = workingTimeAfter(validation.at, random.int(10, 50), random);
    if (at.getTime() >= DEMO_HORIZON.getTime()) return;
    const result = supportCase({
      ...options,
      key: `${options.partnership.partnershipId}-${options.period}-support-${index}`,
      hallmark,
      average: average ?? 0,
      offer,
      raisedAt: at,
    });
    streams.push(result.stream);
    if (result.deliveredAt) delivered.push({ hallmarkId: hallmark.id, deliveredAt: result.deliveredAt });
  });
  return { streams, delivered };
}

function supportCase(options: {
  readonly partnership: DemoPartnershipFacts;
  readonly period: string;
  readonly validation: NonNullable<AssessmentCycle['validation']>;
  readonly cast: DemoCast;
  readonly random: RandomSource;
  readonly idFor: DeriveId;
  readonly key: string;
  readonly hallmark: { readonly id: string; readonly title: string };
  readonly average: number;
  readonly offer: SupportOffer;
  readonly raisedAt: Date;
}): { stream: GeneratedStream; deliveredAt: Date | null } {
  const { partnership, cast, random, offer, hallmark, period } = options;
  // As the platform names a case: its partnership and the id of the command that raised it.
  const caseId = supportCaseIdFor(partnership.partnershipId, demoCommandId(options.idFor, options.key, 0));
  const recorder = new StreamRecorder<SupportCaseCommand, SupportCaseState, SupportCaseEvent>({
    streamId: supportCaseStreamId(caseId),
    tenantId: partnership.partnershipId,
    key: options.key,
    decider: supportCaseDecider,
    mayAct: (command, actor) =>
      command.type === 'RequestSupport'
        ? mayRequestSupport(actor, partnership.partnershipId)
        : mayManageSupport(actor, partnership),
    idFor: options.idFor,
  });
  const raise = {
    caseId,
    partnershipId: partnership.partnershipId,
    offerId: offer.id,
    need: needFor(hallmark, period, options.average, random),
  };
  if (random.chance(0.6)) recorder.record({ type: 'RequestSupport', ...raise }, cast.lead, options.raisedAt);
  else recorder.record({ type: 'ProposeSupport', ...raise }, cast.coordinator, options.raisedAt);

  const decide = (decision: SupportDecision, at: Date, again: boolean) =>
    recorder.record(
      {
        type: 'DecideSupport',
        decision,
        rationale: decisionRationale(decision, offer, { hallmarkTitle: hallmark.title, period, again }, random),
        evidence: [options.validation.eventId],
      },
      cast.coordinator,
      at,
    );
  const done = (deliveredAt: Date | null) => ({ stream: recorder.stream(), deliveredAt });
  const before = (at: Date) => at.getTime() < DEMO_HORIZON.getTime();

  let at = workingTimeAfter(options.raisedAt, random.int(5, 25), random);
  if (!before(at)) return done(null);
  let decision = random.weighted<SupportDecision>({ APPROVED: 0.65, DECLINED: 0.2, DEFERRED: 0.15 });
  decide(decision, at, false);
  if (decision === 'DEFERRED') {
    at = workingTimeAfter(at, random.int(30, 90), random);
    if (!random.chance(0.6) || !before(at)) return done(null);
    decision = random.weighted<'APPROVED' | 'DECLINED'>({ APPROVED: 0.7, DECLINED: 0.3 });
    decide(decision, at, true);
  }
  if (decision !== 'APPROVED' || !random.chance(0.85)) return done(null);
  at = workingTimeAfter(at, random.int(20, 120), random);
  if (!before(at)) return done(null);
  recorder.record(
    { type: 'RecordSupportDelivered', deliveredOn: calendarDate(at), notes: deliveryNotes(offer, random) },
    cast.coordinator,
    at,
  );
  return done(at);
}

function offerFor(hallmarkId: string, random: RandomSource): SupportOffer {
  const id = random.chance(0.1)
    ? 'partnership-diagnostic-review'
    : random.pick(OFFERS_FOR[hallmarkId] ?? ['mentoring']);
  const offer = findSupportOffer(id);
  if (!offer) throw new Error(`demo history: support offer ${id} is not in the catalogue`);
  return offer;
}

function averageOf(hallmarkId: string, scores: ReadonlyMap<string, number>): number | null {
  const values = [...scores.entries()].filter(([id]) => id.startsWith(`${hallmarkId}.`)).map(([, score]) => score);
  return values.length === 0 ? null : values.reduce((sum, score) => sum + score, 0) / values.length;
}
