/**
 * Time travel is a query: for random histories of self-assessment, moderation, priority and
 * support, the overview read model asked "as of" any instant equals a fresh fold of the events
 * up to that instant (replay-overview.ts), and stands until the next event that changes it
 * (nextOverviewChange). Commands go through the real deciders, so every history is one the
 * platform could have recorded.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  CURRENT_FRAMEWORK,
  assessmentDecider,
  assessmentIdFor,
  assessmentStreamId,
  criteriaApplicableTo,
  partnershipStreamId,
  supportCaseDecider,
  supportCaseIdFor,
  supportCaseStreamId,
  type AssessmentCommand,
  type AssessmentEvent,
  type SupportCaseCommand,
  type SupportDecision,
} from '@nsf/domain';
import { createSqlEventStore, migrateEventStore, type EventStore, type RecordedEvent } from '@nsf/event-store';
import { createTestDatabase, testDrivers, type TestDatabase } from '@nsf/sql';
import { partnershipsProjection } from '../partnerships/partnerships.projection';
import { ProjectionRunner } from '../runner/projection-runner';
import { appendAsTest } from '../runner/testing/appended-by-a-test';
import { overviewProjection } from './overview.projection';
import { OVERVIEW_CHANGING_EVENTS, nextOverviewChange, readOverview, type OverviewRows } from './overview.queries';
import { replayOverview } from './testing/replay-overview';

const PERIODS = ['2009-10', '2010-11', '2011-12'] as const;
const CRITERIA = criteriaApplicableTo({ country: 'England', twoTier: false }, CURRENT_FRAMEWORK).map((c) => c.id);
const DECISIONS: SupportDecision[] = ['APPROVED', 'DECLINED', 'DEFERRED'];

type Step =
  | { kind: 'open' | 'submit' | 'return'; period: number }
  | { kind: 'scoreAll'; period: number; base: number }
  | { kind: 'score'; period: number; criterion: number; score: number }
  | { kind: 'validate'; period: number; moderate: [number, number][] }
  | { kind: 'request' | 'deliver'; supportCase: number }
  | { kind: 'decide'; supportCase: number; decision: number }
  | { kind: 'priority'; on: boolean }
  /** The assessment's next natural step, so random histories reach submission and moderation. */
  | { kind: 'progress'; base: number; returnIt: boolean; moderate: [number, number][] };

const period = fc.integer({ min: 0, max: 2 });
const supportCase = fc.integer({ min: 0, max: 1 });
const moderate = fc.array(fc.tuple(fc.integer({ min: 0, max: CRITERIA.length - 1 }), fc.integer({ min: 1, max: 4 })), {
  maxLength: 3,
});
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('progress' as const),
      base: fc.integer({ min: 0, max: 3 }),
      returnIt: fc.boolean(),
      moderate,
    }),
  },
  fc.record({ kind: fc.constantFrom('open' as const, 'submit' as const, 'return' as const), period }),
  fc.record({ kind: fc.constant('scoreAll' as const), period, base: fc.integer({ min: 0, max: 3 }) }),
  fc.record({
    kind: fc.constant('score' as const),
    period,
    criterion: fc.integer({ min: 0, max: CRITERIA.length - 1 }),
    score: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({ kind: fc.constant('validate' as const), period, moderate }),
  fc.record({ kind: fc.constantFrom('request' as const, 'deliver' as const), supportCase }),
  fc.record({ kind: fc.constant('decide' as const), supportCase, decision: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant('priority' as const), on: fc.boolean() }),
);
/** Each step happens some days after the last, to one of two partnerships. */
const history = fc.array(
  fc.record({ days: fc.integer({ min: 0, max: 60 }), who: fc.integer({ min: 0, max: 1 }), step }),
  {
    minLength: 10,
    maxLength: 60,
    size: 'max',
  },
);

/** Folds each stream in memory, runs commands through the deciders, appends what they accept. */
class HistoryWriter {
  private readonly streams = new Map<string, { type: string; schemaVersion: 1; data: unknown }[]>();

  constructor(
    private readonly store: EventStore,
    private readonly run: string,
  ) {}

  partnershipId = (who: number): string => `${this.run}-p${who}`;

  async register(who: number, at: string): Promise<void> {
    const partnershipId = this.partnershipId(who);
    await this.append(partnershipStreamId(partnershipId), partnershipId, at, [
      {
        type: 'PartnershipRegistered',
        schemaVersion: 1,
        data: {
          partnershipId,
          name: `Partnership ${who} of ${this.run}`,
          type: 'CDRP',
          region: 'NORTH_WEST',
          county: null,
        },
      },
    ]);
  }

  async apply(who: number, step: Step, at: string): Promise<void> {
    const partnershipId = this.partnershipId(who);
    if (step.kind === 'priority') {
      const streamId = partnershipStreamId(partnershipId);
      const current = this.streams
        .get(streamId)
        ?.filter((e) => e.type.startsWith('Priority'))
        .pop();
      if ((current?.type === 'PriorityDesignated') === step.on) return;
      const data = { partnershipId, rationale: 'The validated scores show it', evidence: [] };
      const type = step.on ? 'PriorityDesignated' : 'PriorityLifted';
      return this.append(streamId, partnershipId, at, [{ type, schemaVersion: 1, data }]);
    }
    if ('supportCase' in step) {
      const caseId = supportCaseIdFor(partnershipId, `00000000-0000-4000-8000-00000000000${step.supportCase}`);
      const command: SupportCaseCommand =
        step.kind === 'request'
          ? { type: 'RequestSupport', caseId, partnershipId, offerId: 'problem-solving-training', need: 'Analysis' }
          : step.kind === 'decide'
            ? { type: 'DecideSupport', decision: DECISIONS[step.decision], rationale: 'Weak scores', evidence: [] }
            : { type: 'RecordSupportDelivered', deliveredOn: at.slice(0, 10), notes: 'Delivered' };
      return this.decide(supportCaseStreamId(caseId), partnershipId, at, supportCaseDecider, [command]);
    }
    const concrete = step.kind === 'progress' ? this.nextStep(partnershipId, step) : step;
    if (!('period' in concrete)) return;
    const streamId = assessmentStreamId(assessmentIdFor(partnershipId, PERIODS[concrete.period]));
    return this.decide(
      streamId,
      partnershipId,
      at,
      assessmentDecider,
      this.assessmentCommands(partnershipId, concrete),
    );
  }

  private assessmentCommands(partnershipId: string, step: Step): AssessmentCommand[] {
    const score = (criterionId: string, value: number): AssessmentCommand => ({
      type: 'ScoreCriterion',
      criterionId,
      score: value,
      evidenceText: null,
      evidenceLinks: [],
      rationale: 'As the partners agreed',
    });
    switch (step.kind) {
      case 'open':
        return [
          {
            type: 'OpenAssessment',
            partnershipId,
            period: PERIODS[step.period],
            frameworkVersion: CURRENT_FRAMEWORK.version,
            setting: { country: 'England', twoTier: false },
          },
        ];
      case 'scoreAll':
        return CRITERIA.map((id, i) => score(id, ((step.base + i) % 4) + 1));
      case 'score':
        return [score(CRITERIA[step.criterion], step.score)];
      case 'submit':
        return [{ type: 'SubmitAssessment' }];
      case 'return':
        return [{ type: 'ReturnAssessment', comments: 'Look again at the evidence' }];
      case 'validate':
        return [
          {
            type: 'ValidateAssessment',
            moderatedScores: [...new Map(step.moderate).entries()].map(([criterion, value]) => ({
              criterionId: CRITERIA[criterion],
              score: value,
              reason: 'The evidence shows otherwise',
            })),
          },
        ];
      default:
        return [];
    }
  }

  /** The next step of the partnership's earliest period not yet validated. */
  private nextStep(partnershipId: string, step: Extract<Step, { kind: 'progress' }>): Step {
    for (const [index, name] of PERIODS.entries()) {
      const events = (this.streams.get(assessmentStreamId(assessmentIdFor(partnershipId, name))) ??
        []) as AssessmentEvent[];
      const state = events.reduce(assessmentDecider.evolve, assessmentDecider.initialState);
      switch (state.status) {
        case 'not_opened':
          return { kind: 'open', period: index };
        case 'open':
        case 'returned':
          return state.scores.length < CRITERIA.length
            ? { kind: 'scoreAll', period: index, base: step.base }
            : { kind: 'submit', period: index };
        case 'submitted':
          return step.returnIt
            ? { kind: 'return', period: index }
            : { kind: 'validate', period: index, moderate: step.moderate };
        default:
          continue;
      }
    }
    return { kind: 'score', period: 2, criterion: step.base, score: step.base + 1 };
  }

  private async decide<Command, Event extends { type: string; schemaVersion: 1; data: unknown }, State>(
    streamId: string,
    partnershipId: string,
    at: string,
    decider: {
      decide: (command: Command, state: State) => { ok: true; events: Event[] } | { ok: false };
      evolve: (state: State, event: Event) => State;
      initialState: State;
    },
    commands: Command[],
  ): Promise<void> {
    let state = ((this.streams.get(streamId) ?? []) as Event[]).reduce(decider.evolve, decider.initialState);
    const accepted: Event[] = [];
    for (const command of commands) {
      const decision = decider.decide(command, state);
      if (!decision.ok) continue; // a command the platform would refuse leaves no trace
      accepted.push(...decision.events);
      state = decision.events.reduce(decider.evolve, state);
    }
    if (accepted.length > 0) await this.append(streamId, partnershipId, at, accepted);
  }

  private async append(
    streamId: string,
    tenantId: string,
    occurredAt: string,
    events: { type: string; schemaVersion: 1; data: unknown }[],
  ): Promise<void> {
    await appendAsTest(this.store, streamId, tenantId, occurredAt, events);
    this.streams.set(streamId, [...(this.streams.get(streamId) ?? []), ...events]);
  }
}

async function logOf(store: EventStore): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for (let page = await store.readAll({ maxCount: 1000 }); page.events.length > 0; ) {
    all.push(...page.events);
    page = await store.readAll({ after: page.checkpoint, maxCount: 1000 });
  }
  return all;
}

/** The rows of one run's partnerships, in a form two answers can be compared in. */
function comparable(rows: OverviewRows, ids: Set<string>) {
  const mine = <T extends { partnershipId: string }>(list: T[]) => list.filter((row) => ids.has(row.partnershipId));
  const byKey = <T extends { partnershipId: string; hallmarkId?: string }>(list: T[]) =>
    [...list].sort((a, b) =>
      `${a.partnershipId}/${a.hallmarkId ?? ''}` < `${b.partnershipId}/${b.hallmarkId ?? ''}` ? -1 : 1,
    );
  return {
    partnerships: mine(rows.partnerships),
    levels: byKey(mine(rows.levels)),
    cycles: byKey(mine(rows.cycles)),
    priority: [...rows.priority].filter((id) => ids.has(id)).sort(),
    openSupport: [...rows.openSupport].filter(([id]) => ids.has(id)).sort(),
  };
}

describe.each(testDrivers())('the overview as of any instant (%s)', (driver) => {
  let database: TestDatabase;
  let store: EventStore;
  let runner: ProjectionRunner;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await migrateEventStore(database.db);
    store = createSqlEventStore(database.db);
    runner = new ProjectionRunner({
      store,
      db: database.db,
      projections: [partnershipsProjection, overviewProjection],
    });
  }, 60_000);

  afterAll(async () => {
    await runner.stop();
    await store.close();
    await database.dispose();
  });

  it('equals a replay of the events up to that instant', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        history,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 6 }),
        async (steps, fractions) => {
          const writer = new HistoryWriter(store, `run${++runs}-${randomUUID().slice(0, 8)}`);
          const start = Date.parse('2009-04-01T09:00:00.000Z');
          await writer.register(0, new Date(start).toISOString());
          await writer.register(1, new Date(start + 3_600_000).toISOString());
          let at = start + 7_200_000;
          for (const { days, who, step } of steps) {
            at += days * 86_400_000 + 60_000;
            await writer.apply(who, step, new Date(at).toISOString());
          }
          await runner.catchUp();
          const log = await logOf(store);
          const ids = new Set([writer.partnershipId(0), writer.partnershipId(1)]);
          // Instants around the history: before it began, after its end, and at and just before
          // events picked at random — where an off-by-one in "as of" would show.
          const mine = log.filter((event) => ids.has(event.tenantId)).map((event) => Date.parse(event.occurredAt));
          const picked = fractions.map((f) => mine[Math.floor(f * (mine.length - 1))]);
          const instants = [start - 1, at, ...picked.flatMap((t) => [t - 1, t])].map((t) => new Date(t).toISOString());
          for (const asOf of instants) {
            const read = await readOverview(database.db, 'NORTH_WEST', asOf);
            expect({ asOf, ...comparable(read, ids) }).toEqual({
              asOf,
              ...comparable(replayOverview(log, 'NORTH_WEST', asOf), ids),
            });
            // Until the next event that changes the overview, the answer as of `asOf` stands
            // (every partnership of every run is in the North West).
            const later = log
              .filter((event) => OVERVIEW_CHANGING_EVENTS.has(event.type) && event.occurredAt > asOf)
              .map((event) => event.occurredAt)
              .sort();
            expect(await nextOverviewChange(database.db, 'NORTH_WEST', asOf)).toBe(later[0] ?? null);
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 300_000);
});
