/**
 * The support pipeline read model (PGlite, and PostgreSQL when DATABASE_URL is set): on a small
 * hand-built history it answers exactly, as of any instant, and equals a fresh fold of the events
 * up to that instant (replay-support-pipeline.ts) just before and at every event.
 */
import { supportCaseIdFor } from '@nsf/domain';
import { createSqlEventStore, migrateEventStore, type EventStore, type RecordedEvent } from '@nsf/event-store';
import { createTestDatabase, testDrivers, type TestDatabase } from '@nsf/sql';
import { partnershipsProjection } from '../partnerships/partnerships.projection';
import { ProjectionRunner } from '../runner/projection-runner';
import { supportPipelineProjection } from './support-pipeline.projection';
import { readSupportPipeline, type SupportPipelineRow } from './support-pipeline.queries';
import { replaySupportPipeline } from './testing/replay-support-pipeline';
import { wholeLog } from '../runner/testing/whole-log';
import { SupportHistory } from './testing/support-history';

const ALPHA = 'pipeline-alpha';
const BRAVO = 'pipeline-bravo';
const CYMRU = 'pipeline-cymru';
const MENTORING = supportCaseIdFor(ALPHA, '00000000-0000-4000-8000-000000000001');
const COACHING = supportCaseIdFor(ALPHA, '00000000-0000-4000-8000-000000000002');
const TRAINING = supportCaseIdFor(BRAVO, '00000000-0000-4000-8000-000000000003');
const WELSH_MENTORING = supportCaseIdFor(CYMRU, '00000000-0000-4000-8000-000000000004');
const NOTES = 'The analysts now work every hotspot through problem-solving';

const at = (day: string) => `${day}T09:00:00.000Z`;

describe.each(testDrivers())('the support pipeline read model (%s)', (driver) => {
  let database: TestDatabase;
  let store: EventStore;
  let log: RecordedEvent[];
  const read = (region: string, asOf: string) => readSupportPipeline(database.db, region, asOf);

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await migrateEventStore(database.db);
    store = createSqlEventStore(database.db, { pollIntervalMs: 20 });
    const history = new SupportHistory(store);
    await history.register(ALPHA, 'Alpha CDRP', 'NORTH_WEST', at('2009-04-01'));
    await history.register(BRAVO, 'Bravo CDRP', 'NORTH_WEST', at('2009-04-01'));
    await history.register(CYMRU, 'Cymru CSP', 'WALES', at('2009-04-01'));
    await history.validatedAssessment(BRAVO, '2009-10', 2, at('2010-04-20'));
    await history.validatedAssessment(BRAVO, '2010-11', 3, at('2011-04-20'));

    const need = 'The validated assessment shows the gap';
    const raise = (type: 'RequestSupport' | 'ProposeSupport', caseId: string, partnershipId: string, offerId: string) =>
      ({ type, caseId, partnershipId, offerId, need }) as const;
    const decide = (decision: 'APPROVED' | 'DECLINED' | 'DEFERRED', rationale: string) =>
      ({ type: 'DecideSupport', decision, rationale, evidence: [] }) as const;
    await history.onCase(MENTORING, ALPHA, raise('RequestSupport', MENTORING, ALPHA, 'mentoring'), at('2010-05-01'));
    await history.onCase(
      WELSH_MENTORING,
      CYMRU,
      raise('RequestSupport', WELSH_MENTORING, CYMRU, 'mentoring'),
      at('2010-05-01'),
    );
    await history.onCase(
      COACHING,
      ALPHA,
      raise('ProposeSupport', COACHING, ALPHA, 'executive-coaching'),
      at('2010-05-02'),
    );
    await history.onCase(
      TRAINING,
      BRAVO,
      raise('RequestSupport', TRAINING, BRAVO, 'problem-solving-training'),
      at('2010-05-03'),
    );
    await history.onCase(COACHING, ALPHA, decide('DECLINED', 'Coaching does not meet the need'), at('2010-05-10'));
    await history.onCase(TRAINING, BRAVO, decide('DEFERRED', 'Wait for the analyst to start'), at('2010-05-10'));
    await history.onCase(TRAINING, BRAVO, decide('DEFERRED', 'The analyst starts in June'), at('2010-06-01'));
    await history.onCase(TRAINING, BRAVO, decide('APPROVED', 'The analyst is in post'), at('2010-07-01'));
    const delivered = { type: 'RecordSupportDelivered', deliveredOn: '2010-08-31', notes: 'Two days' } as const;
    await history.onCase(TRAINING, BRAVO, delivered, at('2010-09-01'));
    await history.onCase(TRAINING, BRAVO, history.outcomeCommand(BRAVO, '2010-11', '2009-10', NOTES), at('2011-05-01'));

    const runner = new ProjectionRunner({
      store,
      db: database.db,
      projections: [partnershipsProjection, supportPipelineProjection],
    });
    await runner.catchUp();
    await runner.stop();
    log = await wholeLog(store);
  }, 120_000);

  afterAll(async () => {
    await store.close();
    await database.dispose();
  });

  const mentoring: SupportPipelineRow = {
    caseId: MENTORING,
    partnershipId: ALPHA,
    partnershipName: 'Alpha CDRP',
    offerId: 'mentoring',
    need: 'The validated assessment shows the gap',
    raisedAs: 'requested',
    raisedAt: at('2010-05-01'),
    status: 'requested',
    statusSince: at('2010-05-01'),
    decision: null,
    rationale: null,
    decidedAt: null,
    deliveredOn: null,
    outcome: null,
    outcomeRecordedAt: null,
  };
  const coaching: SupportPipelineRow = {
    ...mentoring,
    caseId: COACHING,
    offerId: 'executive-coaching',
    raisedAs: 'proposed',
    raisedAt: at('2010-05-02'),
    status: 'declined',
    statusSince: at('2010-05-10'),
    decision: 'DECLINED',
    rationale: 'Coaching does not meet the need',
    decidedAt: at('2010-05-10'),
  };
  const training: SupportPipelineRow = {
    ...mentoring,
    caseId: TRAINING,
    partnershipId: BRAVO,
    partnershipName: 'Bravo CDRP',
    offerId: 'problem-solving-training',
    raisedAt: at('2010-05-03'),
    status: 'delivered',
    statusSince: at('2010-09-01'),
    decision: 'APPROVED',
    rationale: 'The analyst is in post',
    decidedAt: at('2010-07-01'),
    deliveredOn: '2010-08-31',
    outcome: {
      assessmentId: `${BRAVO}-2010-11`,
      baselineAssessmentId: `${BRAVO}-2009-10`,
      hallmarks: [
        { hallmarkId: 'intelligence', before: 2, after: 3, movement: 'IMPROVED' },
        { hallmarkId: 'skills', before: 2, after: 3, movement: 'IMPROVED' },
      ],
      notes: NOTES,
    },
    outcomeRecordedAt: at('2011-05-01'),
  };

  it('holds every case of the region with its latest decision, delivery and outcome', async () => {
    const rows = await read('NORTH_WEST', at('2012-01-01'));
    expect(rows).toEqual([mentoring, coaching, training].sort((a, b) => (a.caseId < b.caseId ? -1 : 1)));
    expect((await read('WALES', at('2012-01-01'))).map((row) => row.caseId)).toEqual([WELSH_MENTORING]);
  });

  it('shows each case as it stood at an earlier instant', async () => {
    const inMay = await read('NORTH_WEST', '2010-05-15T00:00:00.000Z');
    expect(inMay.find((row) => row.caseId === TRAINING)).toEqual({
      ...training,
      status: 'deferred',
      statusSince: at('2010-05-10'),
      decision: 'DEFERRED',
      rationale: 'Wait for the analyst to start',
      decidedAt: at('2010-05-10'),
      deliveredOn: null,
      outcome: null,
      outcomeRecordedAt: null,
    });
    // Deferred again: the latest rationale, but deferred since the first deferral.
    const inJune = await read('NORTH_WEST', '2010-06-15T00:00:00.000Z');
    expect(inJune.find((row) => row.caseId === TRAINING)).toMatchObject({
      status: 'deferred',
      statusSince: at('2010-05-10'),
      rationale: 'The analyst starts in June',
      decidedAt: at('2010-06-01'),
    });
    const delivered = await read('NORTH_WEST', '2011-01-01T00:00:00.000Z');
    expect(delivered.find((row) => row.caseId === TRAINING)).toEqual({
      ...training,
      outcome: null,
      outcomeRecordedAt: null,
    });
    expect(await read('NORTH_WEST', '2010-04-30T23:59:59.999Z')).toEqual([]);
  });

  it('equals a replay of the events just before and at every instant something happened', async () => {
    const instants = [...new Set(log.map((event) => event.occurredAt))].flatMap((instant) => [
      new Date(Date.parse(instant) - 1).toISOString(),
      instant,
    ]);
    for (const instant of instants) {
      for (const region of ['NORTH_WEST', 'WALES']) {
        expect({ instant, region, rows: await read(region, instant) }).toEqual({
          instant,
          region,
          rows: replaySupportPipeline(log, region, instant),
        });
      }
    }
  });
});
