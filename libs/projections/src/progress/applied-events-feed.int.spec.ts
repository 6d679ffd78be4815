/**
 * The feed of applied events (PGlite, and PostgreSQL when DATABASE_URL is set): a listener hears
 * each event once, in log order, only after the projection has committed it — woken by this
 * node's runner, or by its poll when another runner moved the projection.
 */
import { randomUUID } from 'node:crypto';
import { createSqlEventStore, migrateEventStore, type EventStore, type RecordedEvent } from '@nsf/event-store';
import { createTestDatabase, testDrivers, type TestDatabase } from '@nsf/sql';
import { ProjectionRunner } from '../runner/projection-runner';
import { applications, countingProjection } from '../runner/testing/counting-projection';
import { AppliedEventsFeed } from './applied-events-feed';

async function append(store: EventStore, stream: string, count: number): Promise<void> {
  await store.appendToStream(
    stream,
    Array.from({ length: count }, () => ({
      id: randomUUID(),
      type: 'SomethingHappened',
      schemaVersion: 1,
      tenantId: 'partnership-0001',
      occurredAt: '2010-04-01T09:30:00.000Z',
      actor: 'user:ann',
      reason: null,
      commandId: randomUUID(),
      correlationId: randomUUID(),
      causationId: null,
      data: {},
      metadata: {},
    })),
    { expectedRevision: 'any' },
  );
}

/** Polls `condition` until it holds (a wait for an outcome, not a timing assertion). */
async function eventually(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never happened: ${what}`);
}

describe.each(testDrivers())('the feed of applied events (%s)', (driver) => {
  let database: TestDatabase;
  let store: EventStore;

  beforeEach(async () => {
    database = await createTestDatabase(driver);
    await migrateEventStore(database.db);
    store = createSqlEventStore(database.db, { pollIntervalMs: 20 });
  }, 60_000);

  afterEach(async () => {
    await store.close();
    await database.dispose();
  });

  it('tells a listener of each event applied after it subscribed, once, in order, once committed', async () => {
    const projection = countingProjection();
    const runner = new ProjectionRunner({ store, db: database.db, projections: [projection], batchSize: 4 });
    await append(store, 'before', 5);
    await runner.catchUp();
    const feed = new AppliedEventsFeed({ store, db: database.db, projection: projection.name, pollIntervalMs: 60_000 });
    runner.onCommitted(() => feed.wake());
    const heard: RecordedEvent[] = [];
    const committedWhenHeard: boolean[] = [];
    let calls = 0;
    const stop = await feed.subscribe((events) => {
      calls += 1;
      heard.push(...events);
      // Checked as soon as heard: each event must already be in the read model.
      void applications(database.db, projection).then((applied) =>
        committedWhenHeard.push(events.every((event) => applied.get(event.id) === 1)),
      );
    });
    await runner.start();
    try {
      await append(store, 'after', 3);
      await append(store, 'later', 6);
      await eventually(() => heard.length >= 9, 'nine events heard');
      const log: RecordedEvent[] = [];
      for (let page = await store.readAll({ maxCount: 100 }); page.events.length > 0; ) {
        log.push(...page.events);
        page = await store.readAll({ after: page.checkpoint, maxCount: 100 });
      }
      expect(heard.map((event) => event.id)).toEqual(log.slice(5).map((event) => event.id));
      await eventually(() => committedWhenHeard.length === calls, 'every check done');
      expect(committedWhenHeard.every(Boolean)).toBe(true);
    } finally {
      stop();
      await feed.stop();
      await runner.stop();
    }
  }, 60_000);

  it('hears what another runner applied, by watching the checkpoint', async () => {
    const projection = countingProjection();
    const elsewhere = new ProjectionRunner({ store, db: database.db, projections: [projection] });
    await elsewhere.catchUp();
    const feed = new AppliedEventsFeed({ store, db: database.db, projection: projection.name, pollIntervalMs: 20 });
    const heard: string[] = [];
    const stop = await feed.subscribe((events) => heard.push(...events.map((event) => event.id)));
    try {
      await append(store, 'elsewhere', 2);
      await elsewhere.catchUp();
      await eventually(() => heard.length === 2, 'two events heard');
      expect(new Set(heard).size).toBe(2);
    } finally {
      stop();
      await feed.stop();
    }
  }, 60_000);

  it('reads nothing while no one listens, and starts from the projection’s place on the next subscription', async () => {
    const projection = countingProjection();
    const runner = new ProjectionRunner({ store, db: database.db, projections: [projection] });
    await runner.catchUp();
    const feed = new AppliedEventsFeed({ store, db: database.db, projection: projection.name, pollIntervalMs: 20 });
    const first: string[] = [];
    (await feed.subscribe((events) => first.push(...events.map((event) => event.id))))();
    await append(store, 'unheard', 3);
    await runner.catchUp();
    const second: string[] = [];
    const stop = await feed.subscribe((events) => second.push(...events.map((event) => event.id)));
    try {
      await append(store, 'heard', 1);
      await runner.catchUp();
      await eventually(() => second.length === 1, 'one event heard');
      expect(first).toEqual([]);
    } finally {
      stop();
      await feed.stop();
    }
  }, 60_000);
});
