/**
 * Row-level security on the event log, by raw SQL and through the event store, on PGlite and (with
 * DATABASE_URL) on PostgreSQL: under a partnership's scope nothing of another partnership comes
 * back, whatever the statement; a region's scope is its registered partnerships; only the all
 * scope sees the platform's own records; appends are held to the same scope, and never made by a
 * read-only scope.
 */
import {
  EventIdConflictError,
  createSqlEventStore,
  migrateEventStore,
  type EventStore,
  type EventToAppend,
} from '@nsf/event-store';
import { createTestDatabase, testDrivers, type SqlDatabase, type TestDatabase } from '@nsf/sql';
import { randomUUID } from 'node:crypto';
import { secureEventLog } from './event-log-row-security';
import { REQUEST_ROLE } from './request-role';
import type { RowScope } from './row-scope';
import { RowScopedDatabase } from './row-scoped-database';

const ALLERDALE = 'north_west-allerdale-cdrp';
const COPELAND = 'north_west-copeland-cdrp';
const CARDIFF = 'wales-cardiff-csp';
const PLATFORM = 'platform';

function event(tenantId: string, type = 'SomethingHappened', data: unknown = {}): EventToAppend {
  const commandId = randomUUID();
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    tenantId,
    occurredAt: '2010-04-01T09:00:00.000Z',
    actor: 'someone',
    reason: null,
    commandId,
    correlationId: commandId,
    causationId: null,
    data,
    metadata: {},
  };
}

const registration = (partnershipId: string, region: string): EventToAppend =>
  event(partnershipId, 'PartnershipRegistered', { partnershipId, name: partnershipId, type: 'CDRP', region });

const partnershipScope = (partnershipId: string): RowScope => ({ kind: 'partnership', partnershipId, appends: true });
const regionsScope = (regions: string[], appends: boolean): RowScope => ({ kind: 'regions', regions, appends });

describe.each(testDrivers())('row-level security on the event log (%s)', (driver) => {
  let database: TestDatabase;
  let owner: SqlDatabase;
  let scope: RowScope | undefined;
  let scoped: SqlDatabase;
  let ownerStore: EventStore;
  let scopedStore: EventStore;

  /** Runs `work` as a request of the given scope would. */
  async function as<T>(given: RowScope, work: () => Promise<T>): Promise<T> {
    scope = given;
    try {
      return await work();
    } finally {
      scope = undefined;
    }
  }

  /** The tenants of every event the current scope sees, in JavaScript's order (not the server's collation). */
  const tenantsSeen = async (): Promise<string[]> =>
    (await scoped.query<{ tenant_id: string }>('SELECT DISTINCT tenant_id FROM nsf_events')).rows
      .map((row) => row.tenant_id)
      .sort();

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    owner = database.db;
    await migrateEventStore(owner);
    await secureEventLog(owner);
    scoped = new RowScopedDatabase(owner, () => scope);
    ownerStore = createSqlEventStore(owner);
    scopedStore = createSqlEventStore(scoped);
    await ownerStore.appendToStream(`partnership-${ALLERDALE}`, [registration(ALLERDALE, 'NORTH_WEST')], {
      expectedRevision: 'no_stream',
    });
    await ownerStore.appendToStream(`assessment-${ALLERDALE}-2010-11`, [event(ALLERDALE), event(ALLERDALE)], {
      expectedRevision: 'no_stream',
    });
    await ownerStore.appendToStream(`partnership-${COPELAND}`, [registration(COPELAND, 'NORTH_WEST')], {
      expectedRevision: 'no_stream',
    });
    await ownerStore.appendToStream(`partnership-${CARDIFF}`, [registration(CARDIFF, 'WALES'), event(CARDIFF)], {
      expectedRevision: 'no_stream',
    });
    await ownerStore.appendToStream('audit-reads-aisha.auditor', [event(PLATFORM)], { expectedRevision: 'no_stream' });
  }, 60_000);

  afterAll(async () => {
    await ownerStore.close();
    await scopedStore.close();
    await database.dispose();
  });

  it('gives a partnership’s scope its own events and none of another’s, whatever the statement', async () => {
    await as(partnershipScope(ALLERDALE), async () => {
      expect(await tenantsSeen()).toEqual([ALLERDALE]);
      const everything = await scoped.query<{ n: string }>('SELECT count(*)::text AS n FROM nsf_events');
      expect(everything.rows[0].n).toBe('3');
      const aimed = await scoped.query('SELECT * FROM nsf_events WHERE tenant_id = $1', [CARDIFF]);
      expect(aimed.rows).toEqual([]);
      const registrations = await scoped.query<{ tenant_id: string }>(
        `SELECT tenant_id FROM nsf_events WHERE event_type = 'PartnershipRegistered'`,
      );
      expect(registrations.rows.map((row) => row.tenant_id)).toEqual([ALLERDALE]);
    });
    await as(partnershipScope(CARDIFF), async () => expect(await tenantsSeen()).toEqual([CARDIFF]));
  });

  it('gives a region’s scope the partnerships registered in it', async () => {
    await as(regionsScope(['NORTH_WEST'], true), async () =>
      expect(await tenantsSeen()).toEqual([ALLERDALE, COPELAND]),
    );
    await as(regionsScope(['WALES'], false), async () => expect(await tenantsSeen()).toEqual([CARDIFF]));
    await as(regionsScope(['NORTH_WEST', 'WALES'], false), async () =>
      expect(await tenantsSeen()).toEqual([ALLERDALE, COPELAND, CARDIFF]),
    );
    await as(regionsScope(['LONDON'], false), async () => expect(await tenantsSeen()).toEqual([]));
  });

  it('gives the all scope everything, the platform’s own records included, and the public scope nothing', async () => {
    await as({ kind: 'all', appends: false }, async () =>
      expect(await tenantsSeen()).toEqual([ALLERDALE, CARDIFF, COPELAND, PLATFORM].sort()),
    );
    await as({ kind: 'public' }, async () => expect(await tenantsSeen()).toEqual([]));
  });

  it('runs outside a request as the owner, with no scope left behind by the requests before', async () => {
    await as(partnershipScope(ALLERDALE), () => scoped.query('SELECT 1'));
    const { rows } = await scoped.query<{ who: string; partnership: string | null }>(
      `SELECT current_user AS who, current_setting('nsf.scope_partnership', true) AS partnership`,
    );
    expect(rows[0].who).not.toBe(REQUEST_ROLE);
    expect(rows[0].partnership ?? '').toBe('');
    expect(await tenantsSeen()).toHaveLength(4);
  });

  it('runs a request’s transaction as the request role, all of it in the scope, and rolls it back whole', async () => {
    await as(partnershipScope(ALLERDALE), async () => {
      const seen = await scoped.transaction(async (tx) => {
        const who = await tx.query<{ who: string }>('SELECT current_user AS who');
        const tenants = await tx.query<{ tenant_id: string }>('SELECT DISTINCT tenant_id FROM nsf_events');
        return { who: who.rows[0].who, tenants: tenants.rows.map((row) => row.tenant_id) };
      });
      expect(seen).toEqual({ who: REQUEST_ROLE, tenants: [ALLERDALE] });
      await expect(scoped.exec('SELECT 1')).rejects.toThrow('may not run scripts');
    });
  });

  it('appends within the scope, and refuses an append to another tenant', async () => {
    await as(partnershipScope(ALLERDALE), async () => {
      const appended = await scopedStore.appendToStream(`assessment-${ALLERDALE}-2010-11`, [event(ALLERDALE)], {
        expectedRevision: 1,
      });
      expect(appended.nextExpectedRevision).toBe(2);
      await expect(
        scopedStore.appendToStream(`partnership-${CARDIFF}`, [event(CARDIFF)], { expectedRevision: 'any' }),
      ).rejects.toMatchObject({ code: '42501' });
      await expect(
        scopedStore.appendToStream(`partnership-${ALLERDALE}`, [event(CARDIFF)], { expectedRevision: 'any' }),
      ).rejects.toMatchObject({ code: '42501' });
    });
    expect(await ownerStore.readStream(`partnership-${CARDIFF}`)).toHaveLength(2);
  });

  it('never appends for a read-only scope, not even within what it sees', async () => {
    await as({ kind: 'all', appends: false }, async () => {
      await expect(
        scopedStore.appendToStream(`partnership-${CARDIFF}`, [event(CARDIFF)], { expectedRevision: 'any' }),
      ).rejects.toMatchObject({ code: '42501' });
    });
    await as(regionsScope(['NORTH_WEST'], true), async () => {
      await expect(
        scopedStore.appendToStream('audit-reads-nora.northwest', [event(PLATFORM)], { expectedRevision: 'any' }),
      ).rejects.toMatchObject({ code: '42501' });
    });
  });

  it('puts a partnership in its region’s scope from the moment it is registered', async () => {
    const barrow = `north_west-barrow-${randomUUID().slice(0, 8)}-cdrp`;
    await as({ kind: 'all', appends: true }, () =>
      scopedStore.appendToStream(`partnership-${barrow}`, [registration(barrow, 'NORTH_WEST')], {
        expectedRevision: 'no_stream',
      }),
    );
    await as(regionsScope(['NORTH_WEST'], true), async () => {
      await scopedStore.appendToStream(`partnership-${barrow}`, [event(barrow)], { expectedRevision: 0 });
      expect(await tenantsSeen()).toContain(barrow);
    });
    await as(regionsScope(['WALES'], true), async () => expect(await tenantsSeen()).not.toContain(barrow));
  });

  it('reports an event id another tenant already used as a conflict, as it would for the owner', async () => {
    const [taken] = await ownerStore.readStream(`partnership-${CARDIFF}`, { maxCount: 1 });
    await as(partnershipScope(ALLERDALE), async () => {
      const head = (await scopedStore.readStream(`assessment-${ALLERDALE}-2010-11`)).length - 1;
      await expect(
        scopedStore.appendToStream(`assessment-${ALLERDALE}-2010-11`, [{ ...event(ALLERDALE), id: taken.id }], {
          expectedRevision: head,
        }),
      ).rejects.toBeInstanceOf(EventIdConflictError);
    });
  });

  it('keeps the request role from owning, bypassing, changing or removing anything', async () => {
    const { rows: role } = await owner.query<Record<string, boolean>>(
      `SELECT rolsuper, rolbypassrls, rolcanlogin, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = $1`,
      [REQUEST_ROLE],
    );
    expect(role).toEqual([
      { rolsuper: false, rolbypassrls: false, rolcanlogin: false, rolcreaterole: false, rolcreatedb: false },
    ]);
    const { rows: tables } = await owner.query<{ name: string; secured: boolean; owned: boolean; changes: boolean }>(
      `SELECT c.relname AS name, c.relrowsecurity AS secured,
              pg_get_userbyid(c.relowner) = $1 AS owned,
              has_table_privilege($1, c.oid, 'UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER') AS changes
         FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND c.relname LIKE 'nsf\\_%'
        ORDER BY c.relname`,
      [REQUEST_ROLE],
    );
    expect(tables).toEqual([
      { name: 'nsf_events', secured: true, owned: false, changes: false },
      { name: 'nsf_schema_migrations', secured: true, owned: false, changes: false },
    ]);
  });

  it('applies once per database, however often it runs', async () => {
    await secureEventLog(owner);
    const { rows } = await owner.query(`SELECT version FROM nsf_schema_migrations WHERE component = 'row-security'`);
    expect(rows).toHaveLength(1);
  });

  if (driver === 'postgres') {
    it('secures several databases of one server at once (the role is the server’s)', async () => {
      const others = await Promise.all([createTestDatabase('postgres'), createTestDatabase('postgres')]);
      try {
        await Promise.all(others.map((other) => migrateEventStore(other.db)));
        await Promise.all(others.map((other) => secureEventLog(other.db)));
        for (const other of others) {
          const { rows } = await other.db.query<{ secured: boolean }>(
            `SELECT relrowsecurity AS secured FROM pg_class WHERE oid = 'nsf_events'::regclass`,
          );
          expect(rows).toEqual([{ secured: true }]);
        }
      } finally {
        await Promise.all(others.map((other) => other.dispose()));
      }
    });
  }
});
