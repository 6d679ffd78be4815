/**
 * Read models versioned by their definition (PGlite, and PostgreSQL when DATABASE_URL is set): a
 * runner that finds tables built by another definition rebuilds them beside the live ones before
 * it follows the log, a fresh database is only created, and nodes starting at once rebuild once.
 */
import { createSqlEventStore, migrateEventStore, type EventStore } from '@nsf/event-store';
import { PgDatabase, createTestDatabase, testDrivers, type SqlDatabase, type TestDatabase } from '@nsf/sql';
import { auditEventsProjection } from '../audit/audit-events.projection';
import { auditEventsBeforeIndex } from '../audit/testing/audit-events-before-index';
import { AUDIT_INDEX_COLUMNS } from '../audit/testing/audit-index-columns';
import { PLATFORM_PROJECTIONS } from '../platform-projections';
import type { Projection } from '../projection';
import { appendSyntheticHistory } from '../rebuild/testing/synthetic-history';
import { ProjectionRunner } from './projection-runner';
import { projectionSchemaHash } from './projection-schema-version';
import { columnsOf } from './testing/columns-of';
import { scoredEvents } from './testing/scored-events';
import { wholeLog } from './testing/whole-log';
import type { ReadModelRebuilt } from './upgrade-read-models';

const NAME = 'test_versioned';
const TABLE = 'test_versioned_rows';

/** Version 1: a row per event with its score. */
const versionOne: Projection = {
  name: NAME,
  tables: [TABLE],
  schema: `CREATE TABLE IF NOT EXISTS ${TABLE} (event_id text PRIMARY KEY, score integer)`,
  async apply(tx, events) {
    for (const event of events) {
      await tx.query(`INSERT INTO ${TABLE} (event_id, score) VALUES ($1, $2)`, [
        event.id,
        (event.data as { score: number }).score,
      ]);
    }
  },
};

/**
 * Version 2: the same name, other columns, and an index on a column version 1's table lacks (so
 * today's DDL run on yesterday's table would fail). Counts the events it applies.
 */
function versionTwo(): Projection & { applied: number } {
  return {
    name: NAME,
    tables: [TABLE],
    schema: `CREATE TABLE IF NOT EXISTS ${TABLE} (event_id text PRIMARY KEY, stream_id text NOT NULL, revision integer NOT NULL);
             CREATE INDEX IF NOT EXISTS ${TABLE}_by_stream ON ${TABLE} (stream_id, revision)`,
    applied: 0,
    async apply(tx, events) {
      this.applied += events.length;
      for (const event of events) {
        await tx.query(`INSERT INTO ${TABLE} (event_id, stream_id, revision) VALUES ($1, $2, $3)`, [
          event.id,
          event.streamId,
          event.revision,
        ]);
      }
    },
  };
}

async function appendEvents(store: EventStore, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await store.appendToStream(`stream-${i % 3}`, scoredEvents(1, i), { expectedRevision: 'any' });
  }
}

async function storedHash(db: SqlDatabase, name: string): Promise<string | undefined> {
  const { rows } = await db.query<{ schema_hash: string }>(
    'SELECT schema_hash FROM nsf_projection_schemas WHERE name = $1',
    [name],
  );
  return rows[0]?.schema_hash;
}

describe.each(testDrivers())('read models versioned by their definition (%s)', (driver) => {
  let database: TestDatabase;
  let db: SqlDatabase;
  let store: EventStore;
  let runners: ProjectionRunner[];

  /** A runner of `projections` (a node starting), whose rebuilds are told to `rebuilt`. */
  const runner = (
    projections: readonly Projection[],
    rebuilt: ReadModelRebuilt[] = [],
    on: { db: SqlDatabase; store: EventStore } = { db, store },
  ): ProjectionRunner => {
    const started = new ProjectionRunner({
      ...on,
      projections,
      batchSize: 7,
      onRebuilt: (one) => rebuilt.push(one),
    });
    runners.push(started);
    return started;
  };

  beforeEach(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    await migrateEventStore(db);
    store = createSqlEventStore(db, { pollIntervalMs: 20 });
    runners = [];
  });

  afterEach(async () => {
    await Promise.all(runners.map((started) => started.stop()));
    await store.close();
    await database.dispose();
  });

  it('rebuilds a read model whose definition changed into the new shape, once', async () => {
    await appendEvents(store, 30);
    await runner([versionOne]).catchUp();
    expect(await columnsOf(db, TABLE)).toEqual(['event_id', 'score']);
    expect(await storedHash(db, NAME)).toBe(projectionSchemaHash(versionOne));

    const second = versionTwo();
    const rebuilt: ReadModelRebuilt[] = [];
    await runner([second], rebuilt).catchUp();
    expect(rebuilt).toEqual([{ projection: NAME, reason: 'its definition changed', events: 30 }]);
    expect(await columnsOf(db, TABLE)).toEqual(['event_id', 'stream_id', 'revision']);
    expect(await storedHash(db, NAME)).toBe(projectionSchemaHash(second));
    // What a fresh build from the log makes: one row per event, in version 2's terms.
    const rows = async () =>
      (
        await db.query<{ event_id: string; stream_id: string; revision: number }>(
          `SELECT event_id, stream_id, revision FROM ${TABLE} ORDER BY event_id`,
        )
      ).rows;
    const fromLog = async () =>
      (await wholeLog(store))
        .map((event) => ({ event_id: event.id, stream_id: event.streamId, revision: event.revision }))
        .sort((a, b) => (a.event_id < b.event_id ? -1 : 1));
    expect(await rows()).toEqual(await fromLog());

    // The runner goes on following the log onto the new tables.
    await appendEvents(store, 4);
    await runners[1].catchUp();
    expect(await rows()).toEqual(await fromLog());

    // A third start with version 2 finds it current: nothing is replayed, new events are applied.
    const third = versionTwo();
    const again: ReadModelRebuilt[] = [];
    await runner([third], again).catchUp();
    expect(again).toEqual([]);
    expect(third.applied).toBe(0);
    await appendEvents(store, 2);
    await runners[2].catchUp();
    expect(third.applied).toBe(2);
    expect(await rows()).toEqual(await fromLog());
  });

  it('rebuilds a read model when only its explicit version is bumped', async () => {
    await appendEvents(store, 5);
    await runner([{ ...versionOne, version: 1 }]).catchUp();
    // An explicit version 1 is the version of a projection that names none.
    expect(await storedHash(db, NAME)).toBe(projectionSchemaHash(versionOne));
    const rebuilt: ReadModelRebuilt[] = [];
    await runner([{ ...versionOne, version: 2 }], rebuilt).catchUp();
    expect(rebuilt.map((one) => one.projection)).toEqual([NAME]);
    expect(await storedHash(db, NAME)).toBe(projectionSchemaHash({ ...versionOne, version: 2 }));
  });

  it('rebuilds the empty tables an earlier version made on a log it never applied', async () => {
    await runner([versionOne]).catchUp();
    await db.exec('DROP TABLE nsf_projection_schemas');
    const rebuilt: ReadModelRebuilt[] = [];
    await runner([versionTwo()], rebuilt).catchUp();
    expect(rebuilt).toEqual([
      { projection: NAME, reason: 'it was built before read models were versioned', events: 0 },
    ]);
    expect(await columnsOf(db, TABLE)).toEqual(['event_id', 'stream_id', 'revision']);
  });

  it('creates the read models of a fresh database and records their hashes without rebuilding', async () => {
    await appendSyntheticHistory(store, 'fresh', 2);
    const second = versionTwo();
    const rebuilt: ReadModelRebuilt[] = [];
    await runner([...PLATFORM_PROJECTIONS, second], rebuilt).catchUp();
    expect(rebuilt).toEqual([]);
    for (const projection of [...PLATFORM_PROJECTIONS, second]) {
      expect(await storedHash(db, projection.name)).toBe(projectionSchemaHash(projection));
    }
    // Each event applied once, by following the log.
    expect(second.applied).toBe((await wholeLog(store)).length);
  });

  it('rebuilds the audit read model left wide by the version before it was an index', async () => {
    await appendSyntheticHistory(store, 'before', 3);
    // The previous version's database: the wide table, its rows and checkpoint, and no hashes.
    await runner([auditEventsBeforeIndex]).catchUp();
    await db.exec('DROP TABLE nsf_projection_schemas');
    expect(await columnsOf(db, 'rm_audit_events')).toHaveLength(21);
    const log = await wholeLog(store);
    // Today's batch cannot be written into it: what the live runner would fail at for ever.
    await expect(db.transaction((tx) => auditEventsProjection.apply(tx, log.slice(0, 1)))).rejects.toThrow();

    const rebuilt: ReadModelRebuilt[] = [];
    await runner(PLATFORM_PROJECTIONS, rebuilt).catchUp();
    expect(rebuilt).toEqual([
      { projection: 'audit_events', reason: 'it was built before read models were versioned', events: log.length },
    ]);
    expect(await columnsOf(db, 'rm_audit_events')).toEqual(AUDIT_INDEX_COLUMNS);
    const indexed = async () =>
      (await db.query<{ event_id: string }>('SELECT event_id FROM rm_audit_events ORDER BY log_order')).rows.map(
        (row) => row.event_id,
      );
    expect(await indexed()).toEqual(log.map((event) => event.id));
    expect(await storedHash(db, 'audit_events')).toBe(projectionSchemaHash(auditEventsProjection));

    // And the live runner writes today's rows on.
    await appendSyntheticHistory(store, 'after', 1);
    await runners[1].catchUp();
    expect(await indexed()).toEqual((await wholeLog(store)).map((event) => event.id));
  });

  it('rebuilds once when two nodes start at once on an outdated read model', async () => {
    await appendEvents(store, 20);
    await runner([versionOne]).catchUp();
    // On PostgreSQL the second node has a pool of its own; PGlite is one process's database.
    const other = database.url ? new PgDatabase(database.url) : db;
    const otherStore = other === db ? store : createSqlEventStore(other, { pollIntervalMs: 20 });
    try {
      const rebuilt: ReadModelRebuilt[] = [];
      await Promise.all([
        runner([versionTwo()], rebuilt).catchUp(),
        runner([versionTwo()], rebuilt, { db: other, store: otherStore }).catchUp(),
      ]);
      expect(rebuilt.map((one) => one.projection)).toEqual([NAME]);
      expect(await columnsOf(db, TABLE)).toEqual(['event_id', 'stream_id', 'revision']);
      const { rows } = await db.query<{ count: string }>(`SELECT count(*)::text AS count FROM ${TABLE}`);
      expect(rows).toEqual([{ count: '20' }]);
    } finally {
      await Promise.all(runners.splice(1).map((started) => started.stop()));
      if (other !== db) {
        await otherStore.close();
        await other.close();
      }
    }
  });
});
