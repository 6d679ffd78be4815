/**
 * The baseline: the same rows written and read with plain SQL — INSERT with client-assigned
 * revisions, keyset SELECTs — into raw_events, a table made LIKE nsf_events (same columns,
 * types, defaults and indexes), without a revision check, hash chain or gap-safe horizon.
 */
import type { EventToAppend } from '@nsf/event-store';
import type { SqlDatabase, SqlQueryable } from '@nsf/sql';
import { fakeHash } from './bench-events';

export async function createRawTable(db: SqlDatabase): Promise<void> {
  await db.exec('DROP TABLE IF EXISTS raw_events; CREATE TABLE raw_events (LIKE nsf_events INCLUDING ALL)');
}

const COLUMNS =
  'event_id, stream_id, revision, event_type, schema_version, tenant_id, occurred_at, actor, reason, ' +
  'command_id, correlation_id, causation_id, data, metadata, previous_hash, hash';
const PER_ROW = 16;

/** One INSERT statement (one round trip, one transaction) for the batch, revisions from `firstRevision`. */
export async function rawAppend(
  db: SqlQueryable,
  streamId: string,
  firstRevision: number,
  events: readonly EventToAppend[],
): Promise<void> {
  const values: unknown[] = [];
  const tuples = events.map((event, i) => {
    const base = i * PER_ROW;
    values.push(
      event.id,
      streamId,
      firstRevision + i,
      event.type,
      event.schemaVersion,
      event.tenantId,
      event.occurredAt,
      event.actor,
      event.reason,
      event.commandId,
      event.correlationId,
      event.causationId,
      JSON.stringify(event.data),
      JSON.stringify(event.metadata),
      firstRevision + i === 0 ? null : fakeHash(),
      fakeHash(),
    );
    const params = Array.from({ length: PER_ROW }, (_, k) => `$${base + k + 1}`);
    params[12] += '::jsonb';
    params[13] += '::jsonb';
    return `(${params.join(', ')})`;
  });
  await db.query(`INSERT INTO raw_events (${COLUMNS}) VALUES ${tuples.join(', ')}`, values);
}

export async function rawReadStream(db: SqlQueryable, streamId: string): Promise<number> {
  const { rows } = await db.query('SELECT * FROM raw_events WHERE stream_id = $1 ORDER BY revision', [streamId]);
  return rows.length;
}

/** Reads the whole table in keyset pages by global position; returns the ids read. */
export async function rawReadAll(db: SqlQueryable, pageSize: number): Promise<string[]> {
  const ids: string[] = [];
  let after = '0';
  for (;;) {
    const { rows } = await db.query<{ event_id: string; global_position: string | number | bigint }>(
      'SELECT * FROM raw_events WHERE global_position > $1 ORDER BY global_position LIMIT $2',
      [after, pageSize],
    );
    if (rows.length === 0) return ids;
    for (const row of rows) ids.push(row.event_id);
    after = String(rows[rows.length - 1].global_position);
  }
}

/** The same rows as the store holds, so both read workloads read identical data. */
export async function copyStoreIntoRaw(db: SqlDatabase): Promise<void> {
  await db.exec(`
    TRUNCATE raw_events;
    INSERT INTO raw_events OVERRIDING SYSTEM VALUE SELECT * FROM nsf_events ORDER BY global_position;
    ANALYZE raw_events;
    ANALYZE nsf_events;`);
}
