/**
 * The audit read model against a real database (PGlite, and PostgreSQL when DATABASE_URL is set):
 * an index over the log, one narrow row per event in log order — after a restart and after a
 * rebuild too — whose pages walk a history once, in order, each event read back whole from the
 * event store.
 */
import { randomUUID } from 'node:crypto';
import {
  createSqlEventStore,
  migrateEventStore,
  type EventStore,
  type EventToAppend,
  type RecordedEvent,
} from '@nsf/event-store';
import { createTestDatabase, testDrivers, type SqlDatabase, type TestDatabase } from '@nsf/sql';
import { ProjectionRunner } from '../runner/projection-runner';
import { columnsOf } from '../runner/testing/columns-of';
import { wholeLog } from '../runner/testing/whole-log';
import { auditEventsProjection } from './audit-events.projection';
import { AUDIT_INDEX_COLUMNS } from './testing/audit-index-columns';
import {
  decodeAuditCursor,
  encodeAuditCursor,
  findStreamTenant,
  listTenantStreams,
  readAuditTrail,
  readTimeline,
  type AuditEventRow,
  type AuditScope,
} from './audit-events.queries';

const ALLERDALE = 'north_west-allerdale-cdrp';
const CARDIFF = 'wales-cardiff-csp';

function event(tenantId: string, type: string, index: number, extra: Partial<EventToAppend> = {}): EventToAppend {
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    tenantId,
    // A day apart, so a window on occurredAt has edges to test.
    occurredAt: new Date(Date.UTC(2009, 3, 1 + index, 9, 30)).toISOString(),
    actor: index % 2 === 0 ? 'liam.lead' : 'nora.northwest',
    reason: index % 3 === 0 ? `Reason ${index}` : null,
    commandId: randomUUID(),
    correlationId: randomUUID(),
    causationId: index % 4 === 0 ? randomUUID() : null,
    data: { index, text: 'Ünïcödé “quoted” 🙂', nested: { list: [1, 2.5, null, 'x'], flag: true } },
    metadata: index % 5 === 0 ? {} : { actorRole: index % 2 === 0 ? 'PARTNERSHIP_LEAD' : 'REGIONAL_COORDINATOR' },
    ...extra,
  };
}

/** Writes a history over several streams of two partnerships, a few events per append. */
async function writeHistory(store: EventStore, from: number, count: number): Promise<void> {
  for (let index = from; index < from + count; index += 2) {
    const tenantId = index % 3 === 2 ? CARDIFF : ALLERDALE;
    const streamId = `${index % 4 === 0 ? 'partnership' : 'assessment'}-${tenantId}`;
    const events = [event(tenantId, 'CriterionScored', index), event(tenantId, 'AssessmentSubmitted', index + 1)];
    await store.appendToStream(streamId, events, { expectedRevision: 'any' });
  }
}

/** What the audit trail must read for the log: each event as recorded, numbered in log order. */
function expectedRows(log: readonly RecordedEvent[]): AuditEventRow[] {
  return log.map((recorded, index) => {
    const role = recorded.metadata['actorRole'];
    return { ...recorded, logOrder: String(index + 1), actorRole: typeof role === 'string' ? role : null };
  });
}

/** Every row of a scope, page by page through the cursors. */
async function walk(db: SqlDatabase, store: EventStore, scope: AuditScope, first: number): Promise<AuditEventRow[]> {
  const rows: AuditEventRow[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await readAuditTrail(
      db,
      store,
      scope,
      {},
      { first, after: after ? decodeAuditCursor(after) : undefined },
    );
    rows.push(...page.rows);
    if (!page.hasNextPage) return rows;
    after = encodeAuditCursor(page.rows[page.rows.length - 1]);
  }
}

async function allRows(db: SqlDatabase, store: EventStore): Promise<AuditEventRow[]> {
  return [
    ...(await walk(db, store, { tenantId: ALLERDALE }, 1000)),
    ...(await walk(db, store, { tenantId: CARDIFF }, 1000)),
  ].sort((a, b) => Number(a.logOrder) - Number(b.logOrder));
}

/** The index itself: its rows in log order, as the queries select them. */
async function indexRows(db: SqlDatabase): Promise<unknown[]> {
  const { rows } = await db.query(
    `SELECT log_order::text AS "logOrder", tenant_id AS "tenantId", stream_id AS "streamId", revision,
            event_id AS id, type, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "occurredAt"
       FROM rm_audit_events ORDER BY log_order`,
  );
  return rows;
}

/** What the index must hold for the log: where each event is, and what a page is chosen by. */
function expectedIndex(log: readonly RecordedEvent[]): unknown[] {
  return log.map(({ tenantId, streamId, revision, id, type, occurredAt }, index) => ({
    logOrder: String(index + 1),
    tenantId,
    streamId,
    revision,
    id,
    type,
    occurredAt,
  }));
}

describe.each(testDrivers())('the audit read model (%s)', (driver) => {
  let database: TestDatabase;
  let db: SqlDatabase;
  let store: EventStore;

  async function open(): Promise<void> {
    database = await createTestDatabase(driver);
    db = database.db;
    await migrateEventStore(db);
    store = createSqlEventStore(db, { pollIntervalMs: 20 });
  }

  async function close(): Promise<void> {
    await store.close();
    await database.dispose();
  }

  const runner = () => new ProjectionRunner({ store, db, projections: [auditEventsProjection], batchSize: 7 });

  describe('when built from the log', () => {
    beforeEach(open, 60_000);
    afterEach(close);

    it('indexes every event of the log in log order, and reads each back whole, also after a restart', async () => {
      await writeHistory(store, 0, 20);
      const before = runner();
      await before.catchUp();
      await before.stop();
      expect(await indexRows(db)).toEqual(expectedIndex(await wholeLog(store)));
      expect(await allRows(db, store)).toEqual(expectedRows(await wholeLog(store)));

      await writeHistory(store, 20, 16);
      await runner().catchUp();
      const log = await wholeLog(store);
      expect(log).toHaveLength(36);
      expect(await indexRows(db)).toEqual(expectedIndex(log));
      expect(await allRows(db, store)).toEqual(expectedRows(log));
    }, 60_000);

    it('copies none of the envelope: the store holds it', async () => {
      await runner().catchUp();
      expect(await columnsOf(db, 'rm_audit_events')).toEqual(AUDIT_INDEX_COLUMNS);
    }, 60_000);

    it('refuses to answer with an event the index names but the store does not hold', async () => {
      await writeHistory(store, 0, 4);
      await runner().catchUp();
      const streamId = `partnership-${ALLERDALE}`;
      await db.query(
        `INSERT INTO rm_audit_events (log_order, tenant_id, stream_id, revision, event_id, type, occurred_at)
         VALUES (1000, $1, $2, 99, 'lost-event', 'CriterionScored', '2009-04-01T09:30:00Z')`,
        [ALLERDALE, streamId],
      );
      await expect(readAuditTrail(db, store, { streamId }, {}, { first: 10 })).rejects.toThrow(
        `the audit index names event lost-event at revision 99 of stream ${streamId}, but the event store holds no event there`,
      );
      await expect(readTimeline(db, store, ALLERDALE, null, { first: 1 })).rejects.toThrow(/corrupt/);
    }, 60_000);

    it('comes out identical when rebuilt from the log', async () => {
      await writeHistory(store, 0, 24);
      await runner().catchUp();
      const built = await indexRows(db);
      await db.query('DELETE FROM rm_audit_events');
      await db.query('DELETE FROM nsf_projection_checkpoints WHERE name = $1', [auditEventsProjection.name]);
      await runner().catchUp();
      expect(await indexRows(db)).toEqual(built);
      expect(await allRows(db, store)).toEqual(expectedRows(await wholeLog(store)));
    }, 60_000);
  });

  describe('when a history is read', () => {
    let log: RecordedEvent[];

    // The reads change nothing, so they share one database.
    beforeAll(async () => {
      await open();
      await writeHistory(store, 0, 30);
      await runner().catchUp();
      log = await wholeLog(store);
    }, 60_000);
    afterAll(close);

    it('pages a tenant’s trail oldest first, every event once, whatever the page size', async () => {
      const allerdale = expectedRows(log).filter((row) => row.tenantId === ALLERDALE);
      for (const first of [1, 4, 7, 100]) {
        expect((await walk(db, store, { tenantId: ALLERDALE }, first)).map((row) => row.id)).toEqual(
          allerdale.map((row) => row.id),
        );
      }
    });

    it('pages a stream in revision order', async () => {
      const streamId = `assessment-${ALLERDALE}`;
      const rows = await walk(db, store, { streamId }, 3);
      expect(rows.map((row) => row.revision)).toEqual(rows.map((_row, index) => index));
      expect(rows.map((row) => row.id)).toEqual(log.filter((e) => e.streamId === streamId).map((e) => e.id));
    });

    it('keeps to the occurredAt window, both ends included', async () => {
      const from = '2009-04-05T09:30:00.000Z';
      const to = '2009-04-12T09:30:00.000Z';
      const page = await readAuditTrail(db, store, { tenantId: ALLERDALE }, { from, to }, { first: 100 });
      expect(page.rows.map((row) => row.id)).toEqual(
        log.filter((e) => e.tenantId === ALLERDALE && e.occurredAt >= from && e.occurredAt <= to).map((e) => e.id),
      );
      expect(page.rows[0].occurredAt).toBe(from);
    });

    it('tells the timeline newest first, filtered by type, with each stream’s opening event', async () => {
      const submitted = log.filter((e) => e.tenantId === ALLERDALE && e.type === 'AssessmentSubmitted').reverse();
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await readTimeline(db, store, ALLERDALE, ['AssessmentSubmitted'], {
          first: 4,
          after: after ? decodeAuditCursor(after) : undefined,
        });
        for (const { opening: told, ...row } of page.rows) {
          expect(row).toEqual(expectedRows(log).find((expected) => expected.id === row.id));
          const opening = log.find((e) => e.streamId === row.streamId && e.revision === 0);
          expect(told).toEqual(row.revision === 0 ? null : { type: opening?.type, data: opening?.data });
          seen.push(row.id);
        }
        if (!page.hasNextPage) break;
        after = encodeAuditCursor(page.rows[page.rows.length - 1]);
      }
      expect(seen).toEqual(submitted.map((e) => e.id));
    });

    it('knows each stream’s tenant and each tenant’s streams', async () => {
      expect(await findStreamTenant(db, `partnership-${CARDIFF}`)).toBe(CARDIFF);
      expect(await findStreamTenant(db, 'no-such-stream')).toBeUndefined();
      const streams = [...new Set(log.filter((e) => e.tenantId === ALLERDALE).map((e) => e.streamId))];
      expect(await listTenantStreams(db, ALLERDALE)).toEqual(streams);
    });
  });
});

describe('audit cursors', () => {
  it('read back what they hold, and refuse text this server did not hand out', () => {
    expect(decodeAuditCursor(encodeAuditCursor({ logOrder: '42', revision: 3 }))).toEqual({
      logOrder: '42',
      revision: 3,
    });
    expect(decodeAuditCursor('not-a-cursor')).toBeUndefined();
    expect(decodeAuditCursor(Buffer.from('["1; DROP", 0]').toString('base64url'))).toBeUndefined();
    expect(decodeAuditCursor(Buffer.from('["1", -1]').toString('base64url'))).toBeUndefined();
  });
});
