import {
  assessmentDecider,
  assessmentIdFor,
  assessmentStreamId,
  CURRENT_FRAMEWORK,
  findCriterion,
  mayModerate,
  maySelfAssess,
  type Actor,
  type AssessmentCommand,
  type AssessmentEvent,
  type AssessmentState,
  type Criterion,
  type Evidence,
  type ModeratedScoreInput,
  type PartnershipSetting,
  type RegionCode,
} from '@nsf/domain';
import {
  afterReturnRationale,
  evidenceFor,
  moderationReason,
  rationaleFor,
  returnComments,
  revisionRationale,
} from './assessment-texts';
import type { DemoCast } from './demo-cast';
import { addMinutes, periodEnd, periodStart, workingTimeAfter } from './demo-calendar';
import { realLevel, toScale, type PartnershipCharacter } from './partnership-character';
import type { RandomSource } from './random-source';
import { StreamRecorder, type DeriveId, type GeneratedStream } from './stream-recorder';

/**
 * One partnership's self-assessment for one period, as it would have gone: opened by the lead,
 * scored criterion by criterion over a few sittings by the lead and a member, some drafts
 * revised after a board review, submitted; sometimes returned by the coordinator with comments,
 * reworked and resubmitted; validated with a few scores moderated where the coordinator saw the
 * evidence differently. `outcome` is where the cycle stands at the demo's today.
 */
export type CycleOutcome = 'open' | 'submitted' | 'returned' | 'validated';

export interface DemoPartnershipFacts {
  readonly partnershipId: string;
  readonly region: RegionCode;
  readonly setting: PartnershipSetting;
}

export interface AssessmentCycle {
  readonly stream: GeneratedStream;
  readonly outcome: CycleOutcome;
  /** Present when validated: the event support decisions cite, and the scores the coordinator accepted. */
  readonly validation: {
    readonly eventId: string;
    readonly at: Date;
    /** Per criterion, the moderated score where there is one, otherwise the self-score. */
    readonly scores: ReadonlyMap<string, number>;
  } | null;
}

export interface AssessmentCycleOptions {
  readonly partnership: DemoPartnershipFacts;
  readonly period: string;
  /** 0 for the first period of the history. */
  readonly year: number;
  readonly character: PartnershipCharacter;
  readonly cast: DemoCast;
  readonly outcome: CycleOutcome;
  /** For an open cycle: how many criteria have been scored so far (all when absent). */
  readonly scoredSoFar?: number;
  /** What support delivered before `at` adds to the partnership's real level on a hallmark. */
  readonly liftFor: (hallmarkId: string, at: Date) => number;
  readonly random: RandomSource;
  readonly idFor: DeriveId;
}

/** How often a submitted assessment of a closed year was returned once before validation. */
const RETURN_RATE = 0.2;
/** How often a coordinator moderates at least one score, and at most how many. */
const MODERATION_RATE = 0.7;
const MAX_MODERATED = 3;

export function assessmentCycle(options: AssessmentCycleOptions): AssessmentCycle {
  const { partnership, period, character, cast, random } = options;
  const assessmentId = assessmentIdFor(partnership.partnershipId, period);
  const recorder = new StreamRecorder<AssessmentCommand, AssessmentState, AssessmentEvent>({
    streamId: assessmentStreamId(assessmentId),
    tenantId: partnership.partnershipId,
    key: assessmentId,
    decider: assessmentDecider,
    mayAct: (command, actor) =>
      command.type === 'ReturnAssessment' || command.type === 'ValidateAssessment'
        ? mayModerate(actor, partnership)
        : maySelfAssess(actor, partnership.partnershipId),
    idFor: options.idFor,
  });
  const scoreOf = (criterionId: string): { score: number; evidence: Evidence } => {
    const state = recorder.state;
    const found = state.status === 'not_opened' ? undefined : state.scores.find((s) => s.criterionId === criterionId);
    if (!found) throw new Error(`demo history: ${criterionId} of ${assessmentId} has no score yet`);
    return found;
  };
  const score = (criterion: Criterion, value: number, rationale: string, evidence: Evidence, actor: Actor, at: Date) =>
    recorder.record(
      {
        type: 'ScoreCriterion',
        criterionId: criterion.id,
        score: value,
        evidenceText: evidence.text,
        evidenceLinks: evidence.links,
        rationale,
      },
      actor,
      at,
    );

  let at = workingTimeAfter(periodStart(period), random.int(28, 110), random);
  recorder.record(
    {
      type: 'OpenAssessment',
      partnershipId: partnership.partnershipId,
      period,
      frameworkVersion: CURRENT_FRAMEWORK.version,
      setting: partnership.setting,
    },
    cast.lead,
    at,
  );
  const opened = recorder.state;
  if (opened.status === 'not_opened') throw new Error(`demo history: ${assessmentId} did not open`);
  const criteria = opened.applicableCriteria.map((id) => {
    const criterion = findCriterion(id, CURRENT_FRAMEWORK);
    if (!criterion) throw new Error(`demo history: ${id} is not in framework ${CURRENT_FRAMEWORK.version}`);
    return criterion;
  });

  // What the partnership really does this year, and what it believes it does.
  const yearNoise = new Map(CURRENT_FRAMEWORK.hallmarks.map((h) => [h.id, random.between(-0.15, 0.15)]));
  const openedAt = at;
  const real = new Map(
    criteria.map((c) => {
      const lift = options.liftFor(c.hallmarkId, openedAt) + (yearNoise.get(c.hallmarkId) ?? 0);
      return [c.id, realLevel(character, c, options.year, lift)];
    }),
  );
  const evidenced = new Map(criteria.map((c) => [c.id, toScale(real.get(c.id) ?? 1)]));
  const claimed = new Map(
    criteria.map((c) => [c.id, toScale((real.get(c.id) ?? 1) + character.optimism + random.between(-0.35, 0.35))]),
  );
  const claimedScore = (c: Criterion) => claimed.get(c.id) ?? 1;

  // Scoring sittings, in framework order; some first drafts differ from the partnership's settled view.
  const toScore = criteria.slice(0, options.scoredSoFar ?? criteria.length);
  const sittings = random.int(3, 6);
  const perSitting = Math.ceil(toScore.length / sittings);
  const drafted: Criterion[] = [];
  for (let first = 0; first < toScore.length; first += perSitting) {
    at = workingTimeAfter(at, random.int(1, 9), random);
    const actor = random.chance(0.35) ? cast.member : cast.lead;
    for (const criterion of toScore.slice(first, first + perSitting)) {
      at = addMinutes(at, random.int(3, 12));
      const settled = claimedScore(criterion);
      const draft = random.chance(character.revisionRate) ? neighbour(settled, random) : settled;
      if (draft !== settled) drafted.push(criterion);
      const evidence = evidenceFor(criterion, { partnershipId: partnership.partnershipId, period, at }, random);
      score(criterion, draft, rationaleFor(draft, random), evidence, actor, at);
    }
  }
  if (drafted.length > 0) {
    at = workingTimeAfter(at, random.int(2, 10), random);
    for (const criterion of drafted) {
      at = addMinutes(at, random.int(2, 8));
      const previous = scoreOf(criterion.id);
      const settled = claimedScore(criterion);
      score(criterion, settled, revisionRationale(previous.score, settled, random), previous.evidence, cast.lead, at);
    }
  }
  if (options.outcome === 'open') return finish(recorder, options, null);

  at = workingTimeAfter(at, random.int(1, 8), random);
  recorder.record({ type: 'SubmitAssessment' }, cast.lead, at);

  if (options.outcome === 'returned' || random.chance(RETURN_RATE)) {
    const overclaimed = criteria.filter((c) => claimedScore(c) > (evidenced.get(c.id) ?? 1));
    const pool = overclaimed.length > 0 ? overclaimed : criteria;
    const queried = random.shuffled(pool).slice(0, random.int(1, 3));
    const ordered = criteria.filter((c) => queried.includes(c));
    at = workingTimeAfter(at, random.int(7, 25), random);
    recorder.record({ type: 'ReturnAssessment', comments: returnComments(ordered, random) }, cast.coordinator, at);
    if (options.outcome === 'returned') return finish(recorder, options, null);

    at = workingTimeAfter(at, random.int(4, 18), random);
    for (const criterion of ordered) {
      at = addMinutes(at, random.int(4, 15));
      const previous = claimedScore(criterion);
      const lowered = previous > (evidenced.get(criterion.id) ?? 1) && random.chance(0.75) ? previous - 1 : previous;
      claimed.set(criterion.id, lowered);
      const evidence = evidenceFor(criterion, { partnershipId: partnership.partnershipId, period, at }, random);
      score(criterion, lowered, afterReturnRationale(previous, lowered, random), evidence, cast.lead, at);
    }
    at = workingTimeAfter(at, random.int(1, 5), random);
    recorder.record({ type: 'SubmitAssessment' }, cast.lead, at);
  }
  if (options.outcome === 'submitted') return finish(recorder, options, null);

  // Coordinators moderate the few scores furthest from the evidence, and some accept every self-score.
  const moderating = random.chance(MODERATION_RATE) ? random.int(1, MAX_MODERATED) : 0;
  const moderated: ModeratedScoreInput[] = [];
  for (const criterion of random.shuffled(criteria)) {
    const self = claimedScore(criterion);
    const seen = evidenced.get(criterion.id) ?? self;
    if (moderated.length < moderating && Math.abs(self - seen) >= 1) {
      moderated.push({ criterionId: criterion.id, score: seen, reason: moderationReason(self, seen, random) });
    }
  }
  const order = (id: string) => criteria.findIndex((c) => c.id === id);
  moderated.sort((a, b) => order(a.criterionId) - order(b.criterionId));
  at = workingTimeAfter(at, random.int(10, 40), random);
  const [validated] = recorder.record({ type: 'ValidateAssessment', moderatedScores: moderated }, cast.coordinator, at);
  const scores = new Map(criteria.map((c) => [c.id, claimedScore(c)]));
  for (const m of moderated) scores.set(m.criterionId, m.score);
  return finish(recorder, options, { eventId: validated.id, at, scores });
}

/** A draft one step away from the settled score, on the scale. */
function neighbour(settled: number, random: RandomSource): number {
  if (settled === 1) return 2;
  if (settled === 4) return 3;
  return random.chance(0.5) ? settled - 1 : settled + 1;
}

function finish(
  recorder: StreamRecorder<AssessmentCommand, AssessmentState, AssessmentEvent>,
  options: AssessmentCycleOptions,
  validation: AssessmentCycle['validation'],
): AssessmentCycle {
  const stream = recorder.stream();
  const last = stream.events[stream.events.length - 1];
  if (new Date(last.occurredAt).getTime() >= periodEnd(options.period).getTime()) {
    throw new Error(`demo history: ${stream.streamId} runs past the end of ${options.period}`);
  }
  return { stream, outcome: options.outcome, validation };
}
