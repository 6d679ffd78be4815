import type { RecordedEvent } from '@nsf/event-store';
import type { SqlQueryable } from '@nsf/sql';

/**
 * Reads of the audit read model: a tenant's events in log order over (tenant_id, log_order), a
 * stream's in revision order over (stream_id, revision), keyset-paged so every page is one index
 * range however long the history.
 */

/** An event exactly as the store recorded it, with its place in the read model's log order. */
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

const TIMESTAMP = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

const COLUMNS = `
  e.log_order::text AS "logOrder", e.checkpoint, e.global_position::text AS "globalPosition",
  e.event_id AS id, e.tenant_id AS "tenantId", e.stream_id AS "streamId", e.revision, e.type,
  e.schema_version AS "schemaVersion", e.actor, e.actor_role AS "actorRole", e.reason,
  e.command_id AS "commandId", e.correlation_id AS "correlationId", e.causation_id AS "causationId",
  to_char(e.occurred_at AT TIME ZONE 'UTC', ${TIMESTAMP}) AS "occurredAt",
  to_char(e.recorded_at AT TIME ZONE 'UTC', ${TIMESTAMP}) AS "recordedAt",
  e.data, e.metadata, e.previous_hash AS "previousHash", e.hash`;

type RawRow = Omit<AuditEventRow, 'globalPosition'> & { globalPosition: string };

function toRow({ globalPosition, ...row }: RawRow): AuditEventRow {
  return { ...row, globalPosition: Number(globalPosition), revision: Number(row.revision) };
}

/**
 * A tenant's or a stream's events, oldest first, optionally only those that occurred within
 * [from, to] (inclusive; ISO-8601), after the cursor.
 */
export async function readAuditTrail(
  db: SqlQueryable,
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
  params.push(page.first + 1);
  const { rows } = await db.query<RawRow>(
    `SELECT ${COLUMNS} FROM rm_audit_events e
      WHERE ${conditions.join(' AND ')}
      ORDER BY ${byTenant ? 'e.log_order' : 'e.revision'}
      LIMIT $${params.length}`,
    params,
  );
  return { rows: rows.slice(0, page.first).map(toRow), hasNextPage: rows.length > page.first };
}

/** A timeline row: the event, and the first event of its stream when this is a later one. */
export interface TimelineRow extends AuditEventRow {
  readonly opening: { readonly type: string; readonly data: unknown } | null;
}

/** A tenant's events newest first, of the given types only when `types` is given, before the cursor. */
export async function readTimeline(
  db: SqlQueryable,
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
  params.push(page.first + 1);
  const { rows } = await db.query<RawRow & { openingType: string | null; openingData: unknown }>(
    `SELECT ${COLUMNS}, o.type AS "openingType", o.data AS "openingData"
       FROM rm_audit_events e
       LEFT JOIN rm_audit_events o ON o.stream_id = e.stream_id AND o.revision = 0 AND e.revision > 0
      WHERE ${conditions.join(' AND ')}
      ORDER BY e.log_order DESC
      LIMIT $${params.length}`,
    params,
  );
  return {
    rows: rows.slice(0, page.first).map(({ openingType, openingData, ...row }) => ({
      ...toRow(row),
      opening: openingType === null ? null : { type: openingType, data: openingData },
    })),
    hasNextPage: rows.length > page.first,
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
