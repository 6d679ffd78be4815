import type { EventStore, RecordedEvent } from '@nsf/event-store';
import type { SqlQueryable } from '@nsf/sql';
import { readIndexedEvents, type EventAt } from './read-indexed-events';

/**
 * Reads of the audit read model, an index over the log: a tenant's events in log order over
 * (tenant_id, log_order), a stream's in revision order over (stream_id, revision), keyset-paged so
 * every page is one index range however long the history. The index chooses a page's events; their
 * envelopes come from the event store, which holds them (see read-indexed-events.ts).
 */

/** An event exactly as the store holds it, with its place in the audit index's log order. */
export interface AuditEventRow extends RecordedEvent {
  /** Decimal text: the row's place in log order (see the projection). */
  readonly logOrder: string;
  /** The actor's role when the event was written (from its metadata), if it says. */
  readonly actorRole: string | null;
}

/** Where a page ends: the row's place in log order and in its stream. */
export interface AuditCursor {
  readonly logOrder: string;
  readonly revision: number;
}

export type AuditScope = { readonly tenantId: string } | { readonly streamId: string };

export interface AuditPage<Row> {
  readonly rows: Row[];
  readonly hasNextPage: boolean;
}

export function encodeAuditCursor(row: AuditCursor): string {
  return Buffer.from(JSON.stringify([row.logOrder, row.revision]), 'utf8').toString('base64url');
}

/** Undefined for a cursor this server did not hand out. */
export function decodeAuditCursor(cursor: string): AuditCursor | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      /^\d{1,19}$/.test(value[0]) &&
      Number.isSafeInteger(value[1]) &&
      (value[1] as number) >= 0
    ) {
      return { logOrder: value[0], revision: value[1] as number };
    }
  } catch {
    // fall through: not one of ours
  }
  return undefined;
}

/** What the index gives a page: where each event is, and where the page ends. */
interface IndexRow {
  readonly logOrder: string;
  readonly eventId: string;
  readonly streamId: string;
  readonly revision: number;
}

const INDEX_COLUMNS = `e.log_order::text AS "logOrder", e.event_id AS "eventId", e.stream_id AS "streamId", e.revision`;

/** A page of index rows: the first `first` of those selected, and whether there were more. */
async function readIndexPage(
  db: SqlQueryable,
  sql: string,
  params: readonly unknown[],
  first: number,
): Promise<{ rows: IndexRow[]; hasNextPage: boolean }> {
  const { rows } = await db.query<IndexRow>(sql, [...params, first + 1]);
  return {
    rows: rows.slice(0, first).map((row) => ({ ...row, revision: Number(row.revision) })),
    hasNextPage: rows.length > first,
  };
}

/** The event the index row names, from the store, with its place in log order. */
function toAuditEventRow(row: IndexRow, eventAt: EventAt): AuditEventRow {
  const event = eventAt(row);
  const role = event.metadata['actorRole'];
  return { ...event, logOrder: row.logOrder, actorRole: typeof role === 'string' ? role : null };
}

/**
 * A tenant's or a stream's events, oldest first, optionally only those that occurred within
 * [from, to] (inclusive; ISO-8601), after the cursor. The index picks the page; the store gives
 * the envelopes.
 */
export async function readAuditTrail(
  db: SqlQueryable,
  store: EventStore,
  scope: AuditScope,
  window: { readonly from?: string | null; readonly to?: string | null },
  page: { readonly first: number; readonly after?: AuditCursor },
): Promise<AuditPage<AuditEventRow>> {
  const byTenant = 'tenantId' in scope;
  const params: unknown[] = [byTenant ? scope.tenantId : scope.streamId];
  const conditions = [byTenant ? 'e.tenant_id = $1' : 'e.stream_id = $1'];
  if (page.after) {
    params.push(byTenant ? page.after.logOrder : page.after.revision);
    conditions.push(byTenant ? `e.log_order > $${params.length}::bigint` : `e.revision > $${params.length}`);
  }
  if (window.from) {
    params.push(window.from);
    conditions.push(`e.occurred_at >= $${params.length}::timestamptz`);
  }
  if (window.to) {
    params.push(window.to);
    conditions.push(`e.occurred_at <= $${params.length}::timestamptz`);
  }
  const { rows, hasNextPage } = await readIndexPage(
    db,
    `SELECT ${INDEX_COLUMNS} FROM rm_audit_events e
      WHERE ${conditions.join(' AND ')}
      ORDER BY ${byTenant ? 'e.log_order' : 'e.revision'}
      LIMIT $${params.length + 1}`,
    params,
    page.first,
  );
  const eventAt = await readIndexedEvents(store, rows);
  return { rows: rows.map((row) => toAuditEventRow(row, eventAt)), hasNextPage };
}

/** A timeline row: the event, and the first event of its stream when this is a later one. */
export interface TimelineRow extends AuditEventRow {
  readonly opening: { readonly type: string; readonly data: unknown } | null;
}

/**
 * A tenant's events newest first, of the given types only when `types` is given, before the
 * cursor. A later event's opening (revision 0 of its stream) is read from the store with the page.
 */
export async function readTimeline(
  db: SqlQueryable,
  store: EventStore,
  tenantId: string,
  types: readonly string[] | null,
  page: { readonly first: number; readonly after?: AuditCursor },
): Promise<AuditPage<TimelineRow>> {
  const params: unknown[] = [tenantId];
  const conditions = ['e.tenant_id = $1'];
  if (types) {
    params.push(JSON.stringify(types));
    conditions.push(`e.type IN (SELECT jsonb_array_elements_text($${params.length}::jsonb))`);
  }
  if (page.after) {
    params.push(page.after.logOrder);
    conditions.push(`e.log_order < $${params.length}::bigint`);
  }
  const { rows, hasNextPage } = await readIndexPage(
    db,
    `SELECT ${INDEX_COLUMNS} FROM rm_audit_events e
      WHERE ${conditions.join(' AND ')}
      ORDER BY e.log_order DESC
      LIMIT $${params.length + 1}`,
    params,
    page.first,
  );
  const openings = rows.filter((row) => row.revision > 0).map((row) => ({ streamId: row.streamId, revision: 0 }));
  const eventAt = await readIndexedEvents(store, [...rows, ...openings]);
  return {
    rows: rows.map((row) => {
      const opening = row.revision > 0 ? eventAt({ streamId: row.streamId, revision: 0 }) : null;
      return {
        ...toAuditEventRow(row, eventAt),
        opening: opening && { type: opening.type, data: opening.data },
      };
    }),
    hasNextPage,
  };
}

/** The tenant of a stream the read model knows, or undefined. */
export async function findStreamTenant(db: SqlQueryable, streamId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ tenantId: string }>(
    'SELECT tenant_id AS "tenantId" FROM rm_audit_events WHERE stream_id = $1 ORDER BY revision LIMIT 1',
    [streamId],
  );
  return rows[0]?.tenantId;
}

/** Every stream holding events of the tenant, in the order each first appeared in the log. */
export async function listTenantStreams(db: SqlQueryable, tenantId: string): Promise<string[]> {
  const { rows } = await db.query<{ streamId: string }>(
    `SELECT stream_id AS "streamId" FROM rm_audit_events WHERE tenant_id = $1
      GROUP BY stream_id ORDER BY min(log_order)`,
    [tenantId],
  );
  return rows.map((row) => row.streamId);
}

/** The partnership of each of the given event ids that the log holds (ids it does not hold are absent). */
export async function tenantsOfEvents(db: SqlQueryable, eventIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(eventIds.map((id) => id.trim()).filter((id) => id.length > 0))];
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<{ event_id: string; tenant_id: string }>(
    'SELECT event_id, tenant_id FROM rm_audit_events WHERE event_id = ANY($1::text[])',
    [ids],
  );
  return new Map(rows.map((row) => [row.event_id, row.tenant_id]));
}
