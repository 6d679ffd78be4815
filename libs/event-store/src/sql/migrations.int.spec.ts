/** The migration runner: idempotent, safe when two nodes start at once, and the log it creates is append-only. */
import { PgDatabase, createTestDatabase, testDrivers, type TestDatabase } from '@nsf/sql';
import { anEvent } from '../contract/fixtures';
import { applyMigrations } from './migrations';
import { createSqlEventStore, migrateEventStore } from './sql-event-store';

describe.each(testDrivers())('event-store migrations (%s)', (driver) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase(driver);
  }, 60_000);

  afterEach(async () => {
    await database.dispose();
  });

  it('applies each version once, however often it runs', async () => {
    await migrateEventStore(database.db);
    await migrateEventStore(database.db);
    const { rows } = await database.db.query<{ component: string; version: number }>(
      'SELECT component, version FROM nsf_schema_migrations ORDER BY version',
    );
    expect(rows).toEqual([{ component: 'event-store', version: 1 }]);
  });

  it('applies only the versions missing, in order, per component', async () => {
    const run = (versions: number[]) =>
      applyMigrations(
        database.db,
        'test-component',
        versions.map((version) => ({
          version,
          name: `v${version}`,
          statements: [`CREATE TABLE test_v${version} (id integer)`],
        })),
      );
    expect(await run([1])).toEqual([1]);
    expect(await run([3, 2, 1])).toEqual([2, 3]);
    expect(await run([1, 2, 3])).toEqual([]);
  });

  it('rolls a failing migration back entirely', async () => {
    const failing = applyMigrations(database.db, 'test-component', [
      { version: 1, name: 'half', statements: ['CREATE TABLE test_half (id integer)', 'SELECT no_such_function()'] },
    ]);
    await expect(failing).rejects.toThrow();
    const { rows } = await database.db.query("SELECT to_regclass('test_half') AS t");
    expect(rows).toEqual([{ t: null }]);
  });

  it('refuses to update, delete or truncate stored events', async () => {
    await migrateEventStore(database.db);
    const store = createSqlEventStore(database.db);
    const event = anEvent();
    await store.appendToStream('guarded', [event], { expectedRevision: 'no_stream' });
    for (const statement of [
      `UPDATE nsf_events SET data = '{}'::jsonb`,
      'DELETE FROM nsf_events',
      'TRUNCATE nsf_events',
    ]) {
      await expect(database.db.query(statement)).rejects.toMatchObject({ code: 'NS003' });
    }
    expect(await store.readStream('guarded')).toHaveLength(1);
  });

  if (driver === 'postgres') {
    it('lets several nodes start at once: one migrates, the others find it done', async () => {
      const nodes = Array.from({ length: 4 }, () => new PgDatabase(database.url ?? ''));
      try {
        await Promise.all(nodes.map((node) => migrateEventStore(node)));
      } finally {
        await Promise.all(nodes.map((node) => node.close()));
      }
      const { rows } = await database.db.query('SELECT version FROM nsf_schema_migrations');
      expect(rows).toHaveLength(1);
    });
  }
});
