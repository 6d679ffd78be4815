/**
 * How stored rows are selected and turned back into RecordedEvents. Integers that PostgreSQL
 * calls bigint/xid8 are selected as text (pg and PGlite parse int8 differently), and timestamps
 * as ISO text with milliseconds, so occurredAt reads back byte for byte and the hashes verify.
 */
import type { RecordedEvent } from '../envelope';
import { encodeSqlCheckpoint } from './sql-checkpoint';

/**
 * Select from `nsf_events e` and order by `e.<column>`: the text aliases below share the column
 * names, and a bare ORDER BY name would sort the text (and not use the index).
 */
export const EVENT_COLUMNS = `
  global_position::text AS global_position,
  transaction_id::text AS transaction_id,
  event_id::text AS event_id,
  stream_id,
  revision::text AS revision,
  event_type,
  schema_version,
  tenant_id,
  to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS occurred_at,
  to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at,
  actor, reason, command_id, correlation_id, causation_id, data, metadata, previous_hash, hash`;

export interface EventRow {
  global_position: string;
  transaction_id: string;
  event_id: string;
  stream_id: string;
  revision: string;
  event_type: string;
  schema_version: number;
  tenant_id: string;
  occurred_at: string;
  recorded_at: string;
  actor: string;
  reason: string | null;
  command_id: string;
  correlation_id: string;
  causation_id: string | null;
  data: unknown;
  metadata: Record<string, unknown>;
  previous_hash: string | null;
  hash: string;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.event_type,
    schemaVersion: Number(row.schema_version),
    tenantId: row.tenant_id,
    occurredAt: row.occurred_at,
    actor: row.actor,
    reason: row.reason,
    commandId: row.command_id,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    revision: Number(row.revision),
    globalPosition: Number(row.global_position),
    checkpoint: encodeSqlCheckpoint({ transactionId: row.transaction_id, globalPosition: row.global_position }),
    recordedAt: row.recorded_at,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}
