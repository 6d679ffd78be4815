/**
 * The projection runner against a real database (PGlite, and PostgreSQL when DATABASE_URL is set):
 * exactly once across crashes and restarts, live following, and several nodes at once.
 */
import { createSqlEventStore, migrateEventStore, type EventStore, type RecordedEvent } from '@nsf/event-store';
import { PgDatabase, createTestDatabase, testDrivers, type SqlDatabase, type TestDatabase } from '@nsf/sql';
import { ProjectionRunner } from './projection-runner';
import { applications, countingProjection, storedCheckpoint } from './testing/counting-projection';
import { scoredEvents } from './testing/scored-events';

/** Appends `count` events over a few streams, a few per append. */
async function appendEvents(store: EventStore, count: number): Promise<void> {
  for (let written = 0; written < count; ) {
    const size = Math.min(1 + (written % 3), count - written);
    await store.appendToStream(`stream-${written % 4}`, scoredEvents(size, written), { expectedRevision: 'any' });
    written += size;
  }
}

/**
 * The whole log once all `count` appended events are readable. On PostgreSQL the gap-safe log
 * holds back events committed after a still-open transaction began — including a live runner's
 * own batch — so a reader racing a runner may briefly see a prefix; wait it out, don't assert it.
 */
async function wholeLog(store: EventStore, count: number): Promise<RecordedEvent[]> {
  let all: RecordedEvent[] = [];
  await eventually(async () => {
    all = [];
    for (let page = await store.readAll({ maxCount: 1000 }); page.events.length > 0; ) {
      all.push(...page.events);
      page = await store.readAll({ after: page.checkpoint, maxCount: 1000 });
    }
    return all.length === count;
  }, `all ${count} events readable`);
  return all;
}

/** Polls `condition` until it holds (a wait for an outcome, not a timing assertion). */
async function eventually(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never happened: ${what}`);
}

function expectEachAppliedOnce(applied: Map<string, number>, log: readonly RecordedEvent[]): void {
  expect([...applied.values()].filter((times) => times !== 1)).toEqual([]);
  expect(new Set(applied.keys())).toEqual(new Set(log.map((e) => e.id)));
}

describe.each(testDrivers())('ProjectionRunner (%s)', (driver) => {
  let database: TestDatabase;
  let db: SqlDatabase;
  let store: EventStore;

  beforeEach(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    await migrateEventStore(db);
    store = createSqlEventStore(db, { pollIntervalMs: 20 });
  }, 60_000);

  afterEach(async () => {
    await store.close();
    await database.dispose();
  });

  it('applies every event exactly once across crashes in mid-batch and restarts', async () => {
    await appendEvents(store, 60);
    const log = await wholeLog(store, 60);
    const projection = countingProjection();
    projection.crashOn([log[25].id, log[47].id]);

    const first = new ProjectionRunner({ store, db, projections: [projection], batchSize: 10 });
    await expect(first.catchUp()).rejects.toThrow(`injected crash while applying ${log[25].id}`);

    // The crashed batch left nothing behind: what is applied is exactly the log up to the checkpoint.
    const checkpoint = await storedCheckpoint(db, projection.name);
    const upTo = log.findIndex((e) => e.checkpoint === checkpoint);
    expect(upTo).toBeGreaterThanOrEqual(0);
    expect(upTo).toBeLessThan(25);
    expectEachAppliedOnce(await applications(db, projection), log.slice(0, upTo + 1));

    const restarted = new ProjectionRunner({ store, db, projections: [projection], batchSize: 10 });
    await expect(restarted.catchUp()).rejects.toThrow(`injected crash while applying ${log[47].id}`);
    const again = new ProjectionRunner({ store, db, projections: [projection], batchSize: 10 });
    await again.catchUp();

    expectEachAppliedOnce(await applications(db, projection), log);
    expect(await storedCheckpoint(db, projection.name)).toBe(log[log.length - 1].checkpoint);
  }, 60_000);

  it('resumes after a restart from its checkpoint, applying only what is new', async () => {
    const projection = countingProjection();
    const applied: string[] = [];
    const observed = {
      ...projection,
      apply: async (tx: Parameters<typeof projection.apply>[0], events: readonly RecordedEvent[]) => {
        applied.push(...events.map((e) => e.id));
        await projection.apply(tx, events);
      },
    };
    await appendEvents(store, 30);
    const before = new ProjectionRunner({ store, db, projections: [observed], batchSize: 7 });
    await before.catchUp();
    await before.stop();
    expect(applied).toHaveLength(30);

    await appendEvents(store, 20);
    const after = new ProjectionRunner({ store, db, projections: [observed], batchSize: 7 });
    await after.catchUp();
    const log = await wholeLog(store, 50);
    expect(applied.slice(30)).toEqual(log.slice(30).map((e) => e.id));
    expectEachAppliedOnce(await applications(db, projection), log);
  }, 60_000);

  it('tells who listens once a catch-up is done, whoever applied the events, and not after a failed one', async () => {
    const projection = countingProjection();
    await appendEvents(store, 12);
    const applier = new ProjectionRunner({ store, db, projections: [projection] });
    const caller = new ProjectionRunner({ store, db, projections: [projection] });
    let told = 0;
    const stopListening = caller.onCaughtUp(() => (told += 1));
    await applier.catchUp();
    const applied = await applications(db, projection);
    // Another node applied everything: this runner's catch-up applies nothing, and still says so.
    await caller.catchUp();
    expect(told).toBe(1);
    expect(await applications(db, projection)).toEqual(applied);

    await appendEvents(store, 3);
    const log = await wholeLog(store, 15);
    projection.crashOn([log[13].id]);
    await expect(caller.catchUp()).rejects.toThrow('injected crash');
    expect(told).toBe(1);
    stopListening();
    await caller.catchUp();
    expect(told).toBe(1);
  });

  it('follows the log live once started, and retries a failed batch', async () => {
    const projection = countingProjection();
    const failures: unknown[] = [];
    const runner = new ProjectionRunner({
      store,
      db,
      projections: [projection],
      batchSize: 5,
      retryDelayMs: 10,
      onError: (error) => failures.push(error),
    });
    await runner.start();
    try {
      await appendEvents(store, 12);
      const doomed = scoredEvents(6);
      projection.crashOn([doomed[3].id]);
      await store.appendToStream('doomed', doomed, { expectedRevision: 'no_stream' });
      await appendEvents(store, 12);
      const all = await wholeLog(store, 30);
      await eventually(
        async () => (await storedCheckpoint(db, projection.name)) === all[all.length - 1].checkpoint,
        'checkpoint at the end of the log',
      );
      expect(failures).toEqual([new Error(`injected crash while applying ${doomed[3].id}`)]);
      expectEachAppliedOnce(await applications(db, projection), all);
    } finally {
      await runner.stop();
    }
  }, 60_000);

  it('creates the read model tables on start', async () => {
    const projection = countingProjection('test-schema');
    const runner = new ProjectionRunner({ store, db, projections: [projection] });
    await runner.start();
    await runner.stop();
    const { rows } = await db.query(`SELECT to_regclass('${projection.tables[0]}')::text AS t`);
    expect(rows).toEqual([{ t: projection.tables[0] }]);
  });

  it('refuses two projections with the same name', () => {
    expect(
      () => new ProjectionRunner({ store, db, projections: [countingProjection('x'), countingProjection('x')] }),
    ).toThrow('two projections are named x');
  });

  if (driver === 'postgres') {
    it('lets two nodes run the same projection without applying anything twice', async () => {
      const nodes = [new PgDatabase(database.url ?? ''), new PgDatabase(database.url ?? '')];
      const stores = nodes.map((node) => createSqlEventStore(node, { pollIntervalMs: 20 }));
      const projections = [countingProjection(), countingProjection()];
      const runners = nodes.map(
        (node, i) =>
          new ProjectionRunner({
            store: stores[i],
            db: node,
            projections: [projections[i]],
            batchSize: 5,
            busyDelayMs: 5,
          }),
      );
      try {
        await Promise.all(runners.map((runner) => runner.start()));
        await Promise.all([
          ...stores.map((nodeStore) => appendEvents(nodeStore, 100)),
          ...runners.map((runner) => runner.catchUp()),
        ]);
        await Promise.all(runners.map((runner) => runner.catchUp()));
        const log = await wholeLog(store, 200);
        expectEachAppliedOnce(await applications(db, projections[0]), log);
        expect(await storedCheckpoint(db, projections[0].name)).toBe(log[log.length - 1].checkpoint);
      } finally {
        await Promise.all(runners.map((runner) => runner.stop()));
        await Promise.all(stores.map((nodeStore) => nodeStore.close()));
        await Promise.all(nodes.map((node) => node.close()));
      }
    }, 60_000);
  }
});
