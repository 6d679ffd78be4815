/**
 * Rebuilding the platform's read models beside the live ones (PGlite, and PostgreSQL when
 * DATABASE_URL is set): a rebuild from the whole log comes out identical to the read model built
 * event by event, the switch loses nothing appended while it ran, and the live runner goes on.
 */
import { createSqlEventStore, migrateEventStore, type EventStore, type LogCheckpoint } from '@nsf/event-store';
import { createTestDatabase, testDrivers, type SqlDatabase, type TestDatabase } from '@nsf/sql';
import { PLATFORM_PROJECTIONS } from '../platform-projections';
import type { Projection } from '../projection';
import { ProjectionRunner } from '../runner/projection-runner';
import { readModelChecksums } from './read-model-checksums';
import { rebuildProjection, shadowSchemaOf } from './rebuild-projection';
import { appendSyntheticHistory } from './testing/synthetic-history';

async function lastCheckpoint(store: EventStore): Promise<LogCheckpoint | undefined> {
  let checkpoint: LogCheckpoint | undefined;
  for (let page = await store.readAll({ maxCount: 1000 }); page.events.length > 0; ) {
    checkpoint = page.checkpoint;
    page = await store.readAll({ after: page.checkpoint, maxCount: 1000 });
  }
  return checkpoint;
}

/** Polls `condition` until it holds (a wait for an outcome, not a timing assertion). */
async function eventually(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never happened: ${what}`);
}

describe.each(testDrivers())('rebuilding the read models (%s)', (driver) => {
  let database: TestDatabase;
  let db: SqlDatabase;
  let store: EventStore;
  let live: ProjectionRunner;

  /** Every read model's checkpoint at the end of the log: the live runner has applied it all. */
  const liveCaughtUp = async (): Promise<void> => {
    await eventually(async () => {
      // Read again each time: on PostgreSQL the gap-safe log may show a prefix while a batch is open.
      const end = await lastCheckpoint(store);
      const { rows } = await db.query<{ checkpoint: string | null }>(
        'SELECT checkpoint FROM nsf_projection_checkpoints WHERE name = ANY($1)',
        [PLATFORM_PROJECTIONS.map((projection) => projection.name)],
      );
      return rows.length === PLATFORM_PROJECTIONS.length && rows.every((row) => row.checkpoint === end);
    }, 'the live runner at the end of the log');
  };

  const checksums = async (): Promise<Record<string, string>[]> =>
    Promise.all(PLATFORM_PROJECTIONS.map((projection) => readModelChecksums(db, projection)));

  const rebuild = async (projection: Projection, progress: number[] = []): Promise<void> => {
    await rebuildProjection({ store, db, projection, batchSize: 40, onProgress: (done) => progress.push(done) });
  };

  beforeEach(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    await migrateEventStore(db);
    store = createSqlEventStore(db, { pollIntervalMs: 20 });
    live = new ProjectionRunner({ store, db, projections: PLATFORM_PROJECTIONS, batchSize: 25, busyDelayMs: 10 });
    await live.start();
  }, 60_000);

  afterEach(async () => {
    await live.stop();
    await store.close();
    await database.dispose();
  });

  it('builds each read model beside the live one, identical to the one built event by event', async () => {
    const appended = await appendSyntheticHistory(store, 'first', 6);
    await liveCaughtUp();
    const incremental = await checksums();
    // Every table of every read model has rows to compare, support outcomes among them.
    const everyTable = incremental.flatMap((checksums) => Object.values(checksums));
    expect(everyTable.filter((checksum) => checksum.startsWith('0 rows'))).toEqual([]);
    const { rows: outcomes } = await db.query<{ n: string }>(
      'SELECT count(*)::text AS n FROM rm_support_pipeline_states WHERE outcome IS NOT NULL',
    );
    expect(Number(outcomes[0].n)).toBeGreaterThan(0);

    const progress: number[] = [];
    for (const projection of PLATFORM_PROJECTIONS)
      await rebuild(projection, projection.name === 'overview' ? progress : []);

    expect(await checksums()).toEqual(incremental);
    expect(progress[progress.length - 1]).toBe(appended);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const { rows } = await db.query<{ name: string }>(
      `SELECT nspname AS name FROM pg_namespace WHERE nspname LIKE 'nsf_rebuild%'`,
    );
    expect(rows).toEqual([]);
  }, 120_000);

  it('keeps what is appended while it runs, and the live runner follows the switched tables', async () => {
    await appendSyntheticHistory(store, 'before', 4);
    await liveCaughtUp();

    // Events keep arriving while every read model is rebuilt.
    await Promise.all([
      appendSyntheticHistory(store, 'during', 4),
      ...PLATFORM_PROJECTIONS.map((projection) => rebuild(projection)),
    ]);
    await appendSyntheticHistory(store, 'after', 3);
    await liveCaughtUp();
    const followed = await checksums();
    const { rows } = await db.query<{ count: string }>(
      `SELECT count(*)::text AS count FROM rm_partnerships WHERE partnership_id LIKE 'after-%'`,
    );
    expect(rows).toEqual([{ count: '3' }]);

    // A second rebuild, from nothing but the log, agrees with what the runner made of the switch.
    for (const projection of PLATFORM_PROJECTIONS) await rebuild(projection);
    expect(await checksums()).toEqual(followed);
  }, 120_000);

  it('refuses a projection whose schema creates a table it does not list, leaving the live one alone', async () => {
    const sloppy: Projection = {
      name: 'test_sloppy',
      tables: ['test_sloppy_rows'],
      schema: `CREATE TABLE IF NOT EXISTS test_sloppy_rows (id text PRIMARY KEY);
               CREATE TABLE IF NOT EXISTS test_sloppy_extra (id text PRIMARY KEY)`,
      apply: () => Promise.resolve(),
    };
    await expect(rebuild(sloppy)).rejects.toThrow(
      'projection test_sloppy: its schema creates [test_sloppy_extra, test_sloppy_rows] but it lists [test_sloppy_rows] as its tables',
    );
    const { rows } = await db.query<{ schema: string | null }>(
      `SELECT to_regnamespace('${shadowSchemaOf(sloppy)}')::text AS schema`,
    );
    expect(rows).toEqual([{ schema: null }]);
  });
});
