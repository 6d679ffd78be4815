import {
  assessmentDecider,
  assessmentStreamId,
  improvementActionDecider,
  partnershipDecider,
  settingOf,
  partnershipIdFor,
  partnershipStreamId,
  supportCaseDecider,
  type AssessmentEvent,
  type AssessmentState,
  type AssessmentValidatedData,
  type CriterionScoredData,
  type Decision,
  type ImprovementActionEvent,
  type ImprovementActionState,
  type PartnershipEvent,
  type PartnershipState,
  type PartnershipRegisteredData,
  type SupportCaseEvent,
  type SupportCaseState,
  type SupportDecidedData,
} from '@nsf/domain';
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { DEMO_PARTNERSHIPS_2009 } from '../demo-partnerships-2009';
import { castOf } from './demo-cast';
import { CURRENT_DEMO_PERIOD, DEMO_HORIZON, DEMO_PERIODS, periodEnd, periodStart } from './demo-calendar';
import { generateDemoHistory, type DemoHistory } from './demo-history';
import type { GeneratedEvent, GeneratedStream } from './stream-recorder';
import {
  actionCommandFor,
  assessmentCommandFor,
  partnershipCommandFor,
  supportCommandFor,
} from './testing/command-for-event';
import { uuidIds } from './testing/uuid-ids';

const ALLERDALE = 'north_west-allerdale-cdrp';
const CARDIFF = 'wales-cardiff-csp';
const PARTNERSHIP_IDS = DEMO_PARTNERSHIPS_2009.map((p) => partnershipIdFor(p.region, p.name));

const asDomain = <Event>(event: GeneratedEvent) =>
  ({ type: event.type, schemaVersion: event.schemaVersion, data: event.data }) as Event;
const fold = (stream: GeneratedStream): AssessmentState =>
  stream.events
    .map((e) => asDomain<AssessmentEvent>(e))
    .reduce(assessmentDecider.evolve, assessmentDecider.initialState);
const scoresOf = (stream: GeneratedStream) => {
  const state = fold(stream);
  return state.status === 'not_opened' ? [] : state.scores.map((s) => s.score);
};
const digestOf = (history: DemoHistory) => createHash('sha256').update(JSON.stringify(history)).digest('hex');
const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

describe('the demo history', () => {
  const history = generateDemoHistory({ idFor: uuidIds });
  const streams = new Map(history.streams.map((stream) => [stream.streamId, stream]));
  const events = history.streams.flatMap((stream) => stream.events);
  const stream = (streamId: string) => {
    const found = streams.get(streamId);
    if (!found) throw new Error(`no stream ${streamId}`);
    return found;
  };
  const registered = (partnershipId: string) =>
    stream(partnershipStreamId(partnershipId)).events[0].data as PartnershipRegisteredData;
  const assessment = (partnershipId: string, period: string) =>
    stream(assessmentStreamId(`${partnershipId}-${period}`));
  const ofType = (type: string) => events.filter((event) => event.type === type);

  it('is the same on every run from the same seed, ids included', () => {
    // Compared as a digest: a deep toEqual over fifty thousand events takes Jest most of a minute.
    expect(digestOf(generateDemoHistory({ idFor: uuidIds }))).toBe(digestOf(history));
  });

  it('is another history from another seed', () => {
    const few = DEMO_PARTNERSHIPS_2009.slice(0, 3);
    const one = generateDemoHistory({ idFor: uuidIds, partnerships: few, seed: 1 });
    const two = generateDemoHistory({ idFor: uuidIds, partnerships: few, seed: 2 });
    expect(one.streams.map((s) => s.events.length)).not.toEqual(two.streams.map((s) => s.events.length));
  });

  it('registers every partnership and gives each an assessment for each of the three periods', () => {
    expect(ofType('PartnershipRegistered')).toHaveLength(368);
    for (const partnershipId of PARTNERSHIP_IDS) {
      for (const period of DEMO_PERIODS) {
        const opened = assessment(partnershipId, period).events[0];
        expect(opened).toMatchObject({ type: 'AssessmentOpened', tenantId: partnershipId, data: { period } });
      }
    }
    expect(ofType('AssessmentOpened')).toHaveLength(368 * DEMO_PERIODS.length);
  });

  it('replays, stream by stream, through the domain’s deciders: each event is what its command decides', () => {
    // Mismatches are collected rather than asserted one by one: there are fifty thousand events.
    const mismatches: string[] = [];
    const check = (streamId: string, decision: Decision<unknown>, event: unknown) => {
      if (!isDeepStrictEqual(decision, { ok: true, events: [event] })) {
        mismatches.push(`${streamId}: ${JSON.stringify(event)} → ${JSON.stringify(decision)}`);
      }
    };
    const assessmentState = (streamId: string): AssessmentState =>
      (history.streams.find((stream) => stream.streamId === streamId)?.events ?? [])
        .map((e) => asDomain<AssessmentEvent>(e))
        .reduce(assessmentDecider.evolve, assessmentDecider.initialState);
    for (const { streamId, tenantId, events: recorded } of history.streams) {
      if (streamId.startsWith('partnership-')) {
        let state: PartnershipState = partnershipDecider.initialState;
        for (const event of recorded.map((e) => asDomain<PartnershipEvent>(e))) {
          check(streamId, partnershipDecider.decide(partnershipCommandFor(event), state), event);
          state = partnershipDecider.evolve(state, event);
        }
      } else if (streamId.startsWith('assessment-')) {
        const partnership = registered(tenantId);
        let state: AssessmentState = assessmentDecider.initialState;
        for (const event of recorded.map((e) => asDomain<AssessmentEvent>(e))) {
          check(streamId, assessmentDecider.decide(assessmentCommandFor(event, partnership), state), event);
          state = assessmentDecider.evolve(state, event);
        }
      } else if (streamId.startsWith('action-')) {
        const partnership = registered(tenantId);
        let state: ImprovementActionState = improvementActionDecider.initialState;
        for (const event of recorded.map((e) => asDomain<ImprovementActionEvent>(e))) {
          const command = actionCommandFor(event, settingOf(partnership), (id) => assessmentState(`assessment-${id}`));
          check(streamId, improvementActionDecider.decide(command, state), event);
          state = improvementActionDecider.evolve(state, event);
        }
      } else {
        let state: SupportCaseState = supportCaseDecider.initialState;
        for (const event of recorded.map((e) => asDomain<SupportCaseEvent>(e))) {
          check(streamId, supportCaseDecider.decide(supportCommandFor(event), state), event);
          state = supportCaseDecider.evolve(state, event);
        }
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(history.streams.every((s) => /^(partnership|assessment|support|action)-/.test(s.streamId))).toBe(true);
  });

  it('fills the envelope as the platform’s command path does', () => {
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    const wrong: GeneratedEvent[] = [];
    for (const { tenantId, events: recorded } of history.streams) {
      recorded.forEach((event, position) => {
        // The n-th event of a command has the command's n-th derived id.
        const index = position - recorded.findIndex((e) => e.commandId === event.commandId);
        const expected =
          event.id === uuidIds(event.commandId, index) &&
          event.correlationId === event.commandId &&
          event.causationId === null &&
          event.tenantId === tenantId &&
          typeof event.metadata['actorRole'] === 'string';
        if (!expected) wrong.push(event);
      });
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('lets only the partnership’s people self-assess and only its region’s coordinator moderate and decide support', () => {
    const moderating = new Set([
      'AssessmentReturned',
      'AssessmentValidated',
      'SupportProposed',
      'SupportDecided',
      'SupportDelivered',
    ]);
    const wrong: GeneratedEvent[] = [];
    for (const { streamId, tenantId, events: recorded } of history.streams) {
      if (streamId.startsWith('partnership-')) continue;
      const cast = castOf(registered(tenantId));
      const own = [cast.lead, cast.member];
      for (const event of recorded) {
        const allowed = moderating.has(event.type)
          ? event.actor === cast.coordinator.username && event.metadata['actorRole'] === 'REGIONAL_COORDINATOR'
          : own.some((a) => a.username === event.actor && a.role === event.metadata['actorRole']);
        if (!allowed) wrong.push(event);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('puts the demo users in their own partnership’s and region’s history', () => {
    const actorsOf = (partnershipId: string) =>
      new Set(
        history.streams
          .filter((s) => s.tenantId === partnershipId && !s.streamId.startsWith('partnership-'))
          .flatMap((s) => s.events.map((e) => e.actor)),
      );
    expect(actorsOf(ALLERDALE)).toEqual(new Set(['liam.lead', 'maya.member', 'nora.northwest']));
    expect(actorsOf(CARDIFF)).toEqual(new Set(['cerys.lead', 'owen.member', 'gwen.wales']));
    expect(actorsOf('north_west-carlisle-and-eden-cdrp')).toContain('nora.northwest');
    expect(actorsOf('london-camden-cdrp')).toContain('demo:london:coordinator');
    expect(actorsOf('london-camden-cdrp')).toContain('demo:london-camden-cdrp:lead');
  });

  it('dates every event in office hours of its period, in order, and before the demo’s today', () => {
    for (const { streamId, events: recorded } of history.streams) {
      const times = recorded.map((event) => Date.parse(event.occurredAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times)).toBeLessThan(DEMO_HORIZON.getTime());
      const period = /-(\d{4}-\d{2})$/.exec(streamId)?.[1];
      if (streamId.startsWith('assessment-') && period) {
        expect(Math.min(...times)).toBeGreaterThanOrEqual(periodStart(period).getTime());
        expect(Math.max(...times)).toBeLessThan(periodEnd(period).getTime());
      }
    }
    const weekdays = new Set(ofType('CriterionScored').map((event) => new Date(event.occurredAt).getUTCDay()));
    expect([...weekdays].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('validates every closed year, and leaves the current one open, submitted or returned for a realistic share', () => {
    const statuses = (period: string) => PARTNERSHIP_IDS.map((id) => fold(assessment(id, period)).status);
    for (const period of DEMO_PERIODS.filter((p) => p !== CURRENT_DEMO_PERIOD)) {
      expect(new Set(statuses(period))).toEqual(new Set(['validated']));
    }
    const current = statuses(CURRENT_DEMO_PERIOD);
    const share = (status: string) => current.filter((s) => s === status).length / current.length;
    expect(share('validated')).toBeGreaterThan(0.3);
    expect(share('validated')).toBeLessThan(0.6);
    for (const waiting of ['open', 'submitted', 'returned']) expect(share(waiting)).toBeGreaterThan(0.05);
  });

  it('leaves Allerdale’s 2011-12 assessment open with its first two hallmarks scored, for a user to finish', () => {
    const state = fold(assessment(ALLERDALE, '2011-12'));
    expect(state).toMatchObject({ status: 'open', period: '2011-12' });
    if (state.status === 'not_opened') throw new Error('not opened');
    expect(state.applicableCriteria).toHaveLength(43);
    expect(state.scores.map((s) => s.criterionId.split('.')[0])).toEqual([
      ...Array.from({ length: 10 }, () => 'leadership'),
      ...Array.from({ length: 6 }, () => 'intelligence'),
    ]);
    expect(fold(assessment(CARDIFF, '2011-12')).status).toBe('submitted');
  });

  it('revises some scores, naming the score revised, with a rationale', () => {
    const revisions = ofType('CriterionScored')
      .map((event) => event.data as CriterionScoredData)
      .filter((data) => data.previousScore !== null);
    expect(revisions.length).toBeGreaterThan(1000);
    expect(revisions.every((data) => data.rationale.length > 0)).toBe(true);
    expect(revisions.filter((data) => data.previousScore !== data.score).length).toBeGreaterThan(1000);
  });

  it('returns some assessments with comments, which are then reworked and resubmitted', () => {
    const returned = history.streams.filter((s) => s.events.some((e) => e.type === 'AssessmentReturned'));
    expect(returned.length).toBeGreaterThan(100);
    const resubmitted = returned.filter((s) => s.events.filter((e) => e.type === 'AssessmentSubmitted').length === 2);
    expect(resubmitted.length).toBeGreaterThan(100);
    for (const s of resubmitted) {
      const types = s.events.map((e) => e.type);
      const back = types.indexOf('AssessmentReturned');
      expect(types[back + 1]).toBe('CriterionScored');
    }
  });

  it('moderates a few scores of most validated assessments, each with a reason, and accepts others as they stand', () => {
    const validations = ofType('AssessmentValidated').map((event) => event.data as AssessmentValidatedData);
    const moderated = validations.filter((data) => data.moderatedScores.length > 0);
    expect(moderated.length / validations.length).toBeGreaterThan(0.5);
    expect(moderated.length).toBeLessThan(validations.length);
    for (const data of moderated) {
      expect(data.moderatedScores.length).toBeLessThanOrEqual(3);
      for (const m of data.moderatedScores) expect(m.reason.length).toBeGreaterThan(0);
    }
  });

  it('has scores improve a little on the whole each year, while some partnerships slip back', () => {
    const yearMeans = DEMO_PERIODS.slice(0, 2).map((period) =>
      mean(PARTNERSHIP_IDS.flatMap((id) => scoresOf(assessment(id, period)))),
    );
    expect(yearMeans[1]).toBeGreaterThan(yearMeans[0]);
    const slipped = PARTNERSHIP_IDS.filter(
      (id) => mean(scoresOf(assessment(id, '2010-11'))) < mean(scoresOf(assessment(id, '2009-10'))) - 0.1,
    );
    expect(slipped.length).toBeGreaterThan(10);
    expect(slipped.length).toBeLessThan(PARTNERSHIP_IDS.length / 3);
  });

  it('decides support citing the validated assessment that showed the need, and delivers most approved support', () => {
    const byId = new Map(events.map((event) => [event.id, event]));
    const decisions = ofType('SupportDecided');
    expect(decisions.length).toBeGreaterThan(300);
    for (const decided of decisions) {
      const { evidence } = decided.data as SupportDecidedData;
      expect(evidence).toHaveLength(1);
      const cited = byId.get(evidence[0]);
      expect(cited).toMatchObject({ type: 'AssessmentValidated', tenantId: decided.tenantId });
      expect(Date.parse(cited?.occurredAt ?? '')).toBeLessThan(Date.parse(decided.occurredAt));
    }
    const outcomes = new Set(decisions.map((event) => (event.data as SupportDecidedData).decision));
    expect(outcomes).toEqual(new Set(['APPROVED', 'DECLINED', 'DEFERRED']));
    const approvedCases = new Set(
      decisions
        .filter((e) => (e.data as SupportDecidedData).decision === 'APPROVED')
        .map((e) => e.tenantId + e.commandId),
    );
    expect(ofType('SupportDelivered').length / approvedCases.size).toBeGreaterThan(0.6);
    expect(ofType('SupportRequested').length).toBeGreaterThan(0);
    expect(ofType('SupportProposed').length).toBeGreaterThan(0);
  });

  it('appends registrations first and the rest roughly as time went by', () => {
    const firsts = history.streams.map((s) => s.events[0].occurredAt);
    expect(firsts).toEqual([...firsts].sort());
    expect(history.streams.slice(0, 368).every((s) => s.streamId.startsWith('partnership-'))).toBe(true);
    expect(history.eventCount).toBe(events.length);
  });
});

describe('priority decisions in the demo history', () => {
  const history = generateDemoHistory({ idFor: uuidIds });
  const decisions = history.streams
    .filter((stream) => stream.streamId.startsWith('partnership-'))
    .flatMap((stream) => stream.events.slice(1));
  const validations = new Set(
    history.streams.flatMap((stream) =>
      stream.events.filter((event) => event.type === 'AssessmentValidated').map((event) => event.id),
    ),
  );

  it('designates some partnerships and lifts some, each citing a validated assessment', () => {
    const designated = decisions.filter((event) => event.type === 'PriorityDesignated');
    const lifted = decisions.filter((event) => event.type === 'PriorityLifted');
    expect(designated.length).toBeGreaterThan(20);
    expect(lifted.length).toBeGreaterThan(5);
    for (const event of decisions) {
      const { evidence } = event.data as { evidence: string[] };
      expect(evidence.length).toBe(1);
      expect(validations.has(evidence[0])).toBe(true);
      expect(event.metadata).toEqual({ actorRole: 'REGIONAL_COORDINATOR' });
    }
  });

  it('leaves the demo users’ own partnerships without a priority decision', () => {
    const own = history.streams.filter((stream) =>
      ['partnership-north_west-allerdale-cdrp', 'partnership-wales-cardiff-csp'].includes(stream.streamId),
    );
    expect(own.map((stream) => stream.events.map((event) => event.type))).toEqual([
      ['PartnershipRegistered'],
      ['PartnershipRegistered'],
    ]);
  });
});

describe('improvement actions in the demo history', () => {
  const history = generateDemoHistory({ idFor: uuidIds });
  const actions = history.streams.filter((stream) => stream.streamId.startsWith('action-'));
  const lastStatus = (stream: GeneratedStream) =>
    stream.events
      .filter((event) => event.type === 'ImprovementActionStatusChanged')
      .map((event) => (event.data as { status: string }).status)
      .pop() ?? 'NOT_STARTED';

  it('leaves actions in every state: completed, blocked, in progress and not started', () => {
    const statuses = new Set(actions.map(lastStatus));
    expect([...statuses].sort()).toEqual(['BLOCKED', 'COMPLETED', 'IN_PROGRESS', 'NOT_STARTED']);
    expect(actions.length).toBeGreaterThan(100);
  });

  it('addresses a criterion the cited validated assessment scored at Developing or below', () => {
    for (const action of actions) {
      const added = action.events[0].data as { assessmentId: string; criterionId: string };
      const assessment = history.streams.find((stream) => stream.streamId === `assessment-${added.assessmentId}`);
      expect(assessment?.events.some((event) => event.type === 'AssessmentValidated')).toBe(true);
      const scores = (assessment?.events ?? [])
        .filter((event) => event.type === 'CriterionScored')
        .map((event) => event.data as { criterionId: string; score: number })
        .filter((score) => score.criterionId === added.criterionId);
      const moderated = (assessment?.events ?? [])
        .filter((event) => event.type === 'AssessmentValidated')
        .flatMap(
          (event) =>
            (event.data as { moderatedScores: { criterionId: string; moderatedScore: number }[] }).moderatedScores,
        )
        .find((score) => score.criterionId === added.criterionId);
      expect(moderated?.moderatedScore ?? scores[scores.length - 1]?.score).toBeLessThanOrEqual(2);
    }
  });
});
