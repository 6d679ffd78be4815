/**
 * A read model applies the log a batch at a time, folding each batch in memory: however the log
 * is cut into batches, every platform read model must end up the same (PGlite, and PostgreSQL
 * when DATABASE_URL is set). Batches of one are the events applied one at a time; batches of 7
 * cut assessments, score revisions, returns and support cases at every point; one batch of 500
 * folds most of the history in memory.
 */
import { createSqlEventStore, migrateEventStore, type EventStore } from '@nsf/event-store';
import { createTestDatabase, testDrivers, type SqlDatabase, type TestDatabase } from '@nsf/sql';
import { PLATFORM_PROJECTIONS } from '../platform-projections';
import { readModelChecksums } from '../rebuild/read-model-checksums';
import { rebuildProjection } from '../rebuild/rebuild-projection';
import { appendSyntheticHistory } from '../rebuild/testing/synthetic-history';

const BATCH_SIZES = [1, 7, 500];

describe.each(testDrivers())('applying the log in batches of any size (%s)', (driver) => {
  let database: TestDatabase;
  let db: SqlDatabase;
  let store: EventStore;
  let events: number;
  /** Per batch size, every read model's checksums; the tables are left as the last size built them. */
  const built: Record<string, string>[][] = [];

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    await migrateEventStore(db);
    store = createSqlEventStore(db);
    events =
      (await appendSyntheticHistory(store, 'north', 8)) + (await appendSyntheticHistory(store, 'wales', 4, 'WALES'));
    for (const size of BATCH_SIZES) built.push(await builtInBatchesOf(size));
  }, 240_000);

  afterAll(async () => {
    await store.close();
    await database.dispose();
  });

  /** Every platform read model rebuilt from the whole log in batches of `size`. */
  const builtInBatchesOf = async (size: number): Promise<Record<string, string>[]> => {
    const checksums: Record<string, string>[] = [];
    for (const projection of PLATFORM_PROJECTIONS) {
      const result = await rebuildProjection({ store, db, projection, batchSize: size });
      expect(result.events).toBe(events);
      checksums.push(await readModelChecksums(db, projection));
    }
    return checksums;
  };

  it('gives every read model the same rows for batches of 1, 7 and 500', () => {
    const [one, ...others] = built;
    expect(built).toHaveLength(BATCH_SIZES.length);
    for (const other of others) expect(other).toEqual(one);
    // Every table has rows to compare.
    expect(one.flatMap((checksums) => Object.values(checksums)).filter((c) => c.startsWith('0 rows'))).toEqual([]);
  });

  it('holds the histories batching could get wrong', async () => {
    const count = async (sql: string): Promise<number> =>
      Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM (${sql}) q`)).rows[0].n);
    // Scores revised: more CriterionScored events than score rows.
    const scored = await count(`SELECT 1 FROM rm_audit_events WHERE type = 'CriterionScored'`);
    expect(scored).toBeGreaterThan(await count('SELECT 1 FROM rm_overview_scores'));
    // Assessments returned, then revised and validated: their levels come from the revised scores.
    const revisedAndValidated = `
      SELECT assessment_id FROM rm_overview_assessment_states GROUP BY assessment_id
      HAVING bool_or(status = 'returned') AND bool_or(status = 'validated')`;
    expect(await count(revisedAndValidated)).toBeGreaterThan(0);
    expect(
      await count(`SELECT 1 FROM rm_overview_hallmark_levels WHERE assessment_id IN (${revisedAndValidated})`),
    ).toBeGreaterThan(0);
    // Support cases carried through decision, delivery and outcome; priority designated and lifted.
    expect(await count('SELECT 1 FROM rm_support_pipeline_states WHERE outcome IS NOT NULL')).toBeGreaterThan(0);
    expect(await count('SELECT 1 FROM rm_overview_priority WHERE NOT priority')).toBeGreaterThan(0);
    // The audit read model numbers the log without a gap, whatever the batches.
    const { rows } = await db.query<{ first: string; last: string; n: string }>(
      'SELECT min(log_order)::text AS first, max(log_order)::text AS last, count(*)::text AS n FROM rm_audit_events',
    );
    expect(rows[0]).toEqual({ first: '1', last: String(events), n: String(events) });
  });
});
