/**
 * The global log must be read through the index on (transaction_id, global_position): a page is
 * a range scan that stops after LIMIT rows, never a scan and sort of the whole table.
 */
import { createTestDatabase, testDrivers, type TestDatabase } from '@nsf/sql';
import { someEvents } from '../contract/fixtures';
import { createSqlEventStore, migrateEventStore, READ_ALL_SQL } from './sql-event-store';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

describe.each(testDrivers())('readAll query plan (%s)', (driver) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await migrateEventStore(database.db);
    const store = createSqlEventStore(database.db);
    for (let batch = 0; batch < 40; batch++) {
      await store.appendToStream(`plan-${batch % 8}`, someEvents(250), { expectedRevision: 'any' });
    }
    await database.db.query('ANALYZE nsf_events');
  }, 120_000);

  afterAll(async () => {
    await database.dispose();
  });

  it.each([
    ['from the start', '0', '0'],
    ['from the middle', null, null],
  ])('reads a page %s by an index range scan on the pair, without a sort', async (_, tx, position) => {
    const middle = await database.db.query<{ tx: string; pos: string }>(
      `SELECT transaction_id::text AS tx, global_position::text AS pos FROM nsf_events
        ORDER BY transaction_id, global_position OFFSET 5000 LIMIT 1`,
    );
    const params = [tx ?? middle.rows[0].tx, position ?? middle.rows[0].pos, 1000];
    const { rows } = await database.db.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
      `EXPLAIN (FORMAT JSON) ${READ_ALL_SQL}`,
      params,
    );
    const plan = nodes(rows[0]['QUERY PLAN'][0].Plan);
    const types = plan.map((node) => node['Node Type']);
    expect(types).not.toContain('Sort');
    expect(types).not.toContain('Seq Scan');
    expect(
      plan.some((node) => node['Node Type'] === 'Index Scan' && node['Index Name'] === 'nsf_events_commit_order'),
    ).toBe(true);
  });
});
