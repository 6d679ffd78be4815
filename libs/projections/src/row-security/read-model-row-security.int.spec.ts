/**
 * The proof that row-level security holds for every table a request can reach: raw `SELECT *`
 * on the event log and on each read model, run as the request role under each kind of scope,
 * returns exactly the rows of the tenants in that scope — none of another partnership's, and all
 * of its own. The tables are found in the catalogue, not listed by hand, so a new table fails
 * here until it says whose rows it holds. On PGlite, and on PostgreSQL when DATABASE_URL is set.
 */
import { createSqlEventStore, migrateEventStore, type EventStore } from '@nsf/event-store';
import { REQUEST_ROLE, RowScopedDatabase, secureEventLog, type RowScope } from '@nsf/row-security';
import { createTestDatabase, testDrivers, type SqlDatabase, type TestDatabase } from '@nsf/sql';
import { randomUUID } from 'node:crypto';
import { PLATFORM_PROJECTIONS } from '../platform-projections';
import { rebuildProjection } from '../rebuild/rebuild-projection';
import { appendSyntheticHistory } from '../rebuild/testing/synthetic-history';
import { ProjectionRunner } from '../runner/projection-runner';

const PLATFORM = 'platform';

/**
 * Whose each table's rows are: an SQL expression of the row `t` naming its tenant, or `public`
 * (anyone reads every row), or `nobody` (no request reads any).
 */
const ROW_TENANT: Readonly<Record<string, string>> = {
  nsf_events: 't.tenant_id',
  nsf_schema_migrations: 'nobody',
  nsf_projection_checkpoints: 'nobody',
  nsf_projection_schemas: 'nobody',
  rm_partnerships: 'public',
  rm_audit_events: 't.tenant_id',
  rm_overview_assessments: 't.partnership_id',
  rm_overview_assessment_states:
    '(SELECT a.partnership_id FROM rm_overview_assessments a WHERE a.assessment_id = t.assessment_id)',
  rm_overview_scores:
    '(SELECT a.partnership_id FROM rm_overview_assessments a WHERE a.assessment_id = t.assessment_id)',
  rm_overview_hallmark_levels: 't.partnership_id',
  rm_overview_priority: 't.partnership_id',
  rm_overview_support_cases: 't.partnership_id',
  rm_overview_support_states: '(SELECT c.partnership_id FROM rm_overview_support_cases c WHERE c.case_id = t.case_id)',
  rm_support_pipeline_cases: 't.partnership_id',
  rm_support_pipeline_states: '(SELECT c.partnership_id FROM rm_support_pipeline_cases c WHERE c.case_id = t.case_id)',
};

const TABLES_IN_CATALOGUE = `
  SELECT c.relname AS name FROM pg_class c
   WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
     AND (c.relname LIKE 'nsf\\_%' OR c.relname LIKE 'rm\\_%')
   ORDER BY c.relname`;

describe.each(testDrivers())('row-level security on every table a request reaches (%s)', (driver) => {
  let database: TestDatabase;
  let owner: SqlDatabase;
  let store: EventStore;
  let runner: ProjectionRunner;
  let scope: RowScope | undefined;
  let scoped: SqlDatabase;
  /** Each registered partnership's region. */
  let regionOf: Map<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    owner = database.db;
    await migrateEventStore(owner);
    await secureEventLog(owner);
    store = createSqlEventStore(owner);
    await appendSyntheticHistory(store, 'nw', 3, 'NORTH_WEST');
    await appendSyntheticHistory(store, 'wales', 2, 'WALES');
    await appendSyntheticHistory(store, 'london', 1, 'LONDON');
    const commandId = randomUUID();
    await store.appendToStream(
      'audit-reads-aisha.auditor',
      [
        {
          id: randomUUID(),
          type: 'AuditTrailViewed',
          schemaVersion: 1,
          tenantId: PLATFORM,
          occurredAt: '2011-01-01T00:00:00.000Z',
          actor: 'aisha.auditor',
          reason: null,
          commandId,
          correlationId: commandId,
          causationId: null,
          data: { read: 'AUDIT_TRAIL' },
          metadata: { actorRole: 'AUDITOR' },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    runner = new ProjectionRunner({ store, db: owner, projections: PLATFORM_PROJECTIONS });
    await runner.catchUp();
    scoped = new RowScopedDatabase(owner, () => scope);
    const { rows } = await owner.query<{ id: string; region: string }>(
      'SELECT partnership_id AS id, region FROM rm_partnerships',
    );
    regionOf = new Map(rows.map((row) => [row.id, row.region]));
  }, 120_000);

  afterAll(async () => {
    await runner.stop();
    await store.close();
    await database.dispose();
  });

  /** The tenants a scope should see, from the directory the test data made. */
  function tenantsOf(given: RowScope): Set<string> {
    switch (given.kind) {
      case 'all':
        return new Set([...regionOf.keys(), PLATFORM]);
      case 'regions':
        return new Set([...regionOf].filter(([, region]) => given.regions.includes(region)).map(([id]) => id));
      case 'partnership':
        return new Set([given.partnershipId]);
      case 'public':
        return new Set();
    }
  }

  /**
   * Every row of `table` as text, sorted: as the owner sees them, or as the request role under
   * `given` — for whom a table it is not even granted (42501) has no rows.
   */
  async function rowsOf(table: string, given?: RowScope): Promise<{ row: string; tenant: string | null }[]> {
    const tenant = ROW_TENANT[table];
    const tenantColumn = tenant === 'public' || tenant === 'nobody' ? 'NULL::text' : tenant;
    scope = given;
    try {
      const { rows } = await scoped.query<{ row: string; tenant: string | null }>(
        `SELECT to_jsonb(t)::text AS row, ${given ? 'NULL::text' : tenantColumn} AS tenant FROM ${table} t`,
      );
      return rows.sort((a, b) => (a.row < b.row ? -1 : a.row > b.row ? 1 : 0));
    } catch (error) {
      if (given && tenant === 'nobody' && (error as { code?: string }).code === '42501') return [];
      throw error;
    } finally {
      scope = undefined;
    }
  }

  async function tables(): Promise<string[]> {
    return (await owner.query<{ name: string }>(TABLES_IN_CATALOGUE)).rows.map((row) => row.name);
  }

  /** For each table: the rows the scope saw that it should not, and the rows of its own it missed. */
  async function differences(given: RowScope): Promise<Record<string, { foreign: number; missing: number }>> {
    const visible = tenantsOf(given);
    const found: Record<string, { foreign: number; missing: number }> = {};
    for (const table of await tables()) {
      const rule = ROW_TENANT[table];
      const all = await rowsOf(table);
      const expected = all
        .filter((row) => rule === 'public' || (rule !== 'nobody' && row.tenant !== null && visible.has(row.tenant)))
        .map((row) => row.row);
      const seen = (await rowsOf(table, given)).map((row) => row.row);
      const foreign = seen.filter((row) => !expected.includes(row)).length;
      const missing = expected.filter((row) => !seen.includes(row)).length;
      if (foreign > 0 || missing > 0) found[table] = { foreign, missing };
    }
    return found;
  }

  it('knows whose rows every table of the schema holds', async () => {
    expect(await tables()).toEqual(Object.keys(ROW_TENANT).sort());
  });

  const scopes: [string, RowScope][] = [
    ['a partnership (North West)', { kind: 'partnership', partnershipId: 'nw-p0', appends: true }],
    ['a partnership (Wales)', { kind: 'partnership', partnershipId: 'wales-p1', appends: true }],
    ['a coordinator’s region', { kind: 'regions', regions: ['NORTH_WEST'], appends: true }],
    ['an auditor of two regions', { kind: 'regions', regions: ['WALES', 'LONDON'], appends: false }],
    ['the national team', { kind: 'all', appends: true }],
    ['an auditor of every region', { kind: 'all', appends: false }],
    ['a caller without a token', { kind: 'public' }],
  ];

  it.each(scopes)('gives %s exactly its own rows of every table, raw SQL and all', async (_who, given) => {
    expect(await differences(given)).toEqual({});
  });

  it('has foreign rows to withhold: every scope but the all scope sees fewer events than there are', async () => {
    const everything = (await rowsOf('nsf_events')).length;
    for (const [, given] of scopes) {
      const seen = (await rowsOf('nsf_events', given)).length;
      if (given.kind === 'all') expect(seen).toBe(everything);
      else expect(seen).toBeLessThan(everything);
      if (given.kind === 'partnership' || given.kind === 'regions') expect(seen).toBeGreaterThan(0);
    }
  });

  it('puts row-level security on every table, none owned or changeable by the request role', async () => {
    const { rows } = await owner.query<{ name: string; secured: boolean; owned: boolean; changes: boolean }>(
      `SELECT c.relname AS name, c.relrowsecurity AS secured, pg_get_userbyid(c.relowner) = $1 AS owned,
              has_table_privilege($1, c.oid, 'UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER') AS changes
         FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
          AND (c.relname LIKE 'nsf\\_%' OR c.relname LIKE 'rm\\_%')`,
      [REQUEST_ROLE],
    );
    expect(rows.filter((row) => !row.secured || row.owned || row.changes)).toEqual([]);
    const { rows: inserts } = await owner.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
          AND has_table_privilege($1, c.oid, 'INSERT')`,
      [REQUEST_ROLE],
    );
    expect(inserts.map((row) => row.name)).toEqual(['nsf_events']);
    const { rows: policies } = await owner.query<{ roles: string[] }>(
      `SELECT roles::text[] AS roles FROM pg_policies WHERE schemaname = current_schema()`,
    );
    expect(policies.length).toBeGreaterThan(0);
    expect(policies.filter((policy) => policy.roles.join() !== REQUEST_ROLE)).toEqual([]);
  });

  it('keeps every read model’s row security through a rebuild', async () => {
    for (const projection of PLATFORM_PROJECTIONS) await rebuildProjection({ store, db: owner, projection });
    expect(await differences({ kind: 'regions', regions: ['WALES'], appends: false })).toEqual({});
    expect(await differences({ kind: 'partnership', partnershipId: 'nw-p1', appends: true })).toEqual({});
    const { rows } = await owner.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname LIKE 'rm\\_%'
          AND NOT c.relrowsecurity`,
    );
    expect(rows).toEqual([]);
  });
});
