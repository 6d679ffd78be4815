import type { RecordedEvent } from '@nsf/event-store';
import type { SqlQueryable } from '@nsf/sql';
import { insertRows, type RowColumn } from '../batch/insert-rows';
import type { Projection } from '../projection';
import { partnershipRows } from '../row-security/read-model-row-security';

/**
 * The audit read model: an index over the global log, one narrow row per event, so that a
 * partnership's trail (every stream whose tenant it is) reads as one indexed range on any
 * event-store adapter. It holds only what finds, orders, filters and scopes a page — the event's
 * place, stream, revision, id, type and business time — and not the envelope: the event store is
 * the source of truth and already holds it, so a page's envelopes are read back from the store
 * (audit-events.queries.ts), and a rebuild costs what indexing costs, not what copying 1 KB of
 * envelope per event would.
 *
 * `log_order` is the row's place in the log, numbered here as the runner applies events (in log
 * order, exactly once): checkpoints are opaque and adapter-specific, so they are never compared. A
 * rebuild numbers the rows the same way again. A request reads the rows of the tenants in its
 * scope (the platform's own only in the all scope).
 */
export const auditEventsProjection: Projection = {
  name: 'audit_events',
  tables: ['rm_audit_events'],
  schema: `
    CREATE TABLE IF NOT EXISTS rm_audit_events (
      log_order   bigint PRIMARY KEY,
      tenant_id   text NOT NULL,
      stream_id   text NOT NULL,
      revision    integer NOT NULL,
      event_id    text NOT NULL,
      type        text NOT NULL,
      occurred_at timestamptz NOT NULL,
      CONSTRAINT rm_audit_events_by_stream UNIQUE (stream_id, revision)
    );
    -- Decisions cite events by id as their evidence; the platform checks each citation here.
    CREATE INDEX IF NOT EXISTS rm_audit_events_by_event_id ON rm_audit_events (event_id);
    CREATE INDEX IF NOT EXISTS rm_audit_events_by_tenant ON rm_audit_events (tenant_id, log_order);
    ${partnershipRows('rm_audit_events', 'tenant_id')}
  `,
  async apply(tx: SqlQueryable, events: readonly RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    // The batch follows the rows already numbered, in its own order: one read of the last number.
    const { rows } = await tx.query<{ last: string }>(
      'SELECT coalesce(max(log_order), 0)::text AS last FROM rm_audit_events',
    );
    const last = BigInt(rows[0].last);
    await insertRows(
      tx,
      'rm_audit_events',
      COLUMNS,
      events.map((event, index) => [
        String(last + BigInt(index + 1)),
        event.tenantId,
        event.streamId,
        event.revision,
        event.id,
        event.type,
        event.occurredAt,
      ]),
    );
  },
};

const COLUMNS: readonly RowColumn[] = [
  { name: 'log_order', type: 'bigint' },
  { name: 'tenant_id', type: 'text' },
  { name: 'stream_id', type: 'text' },
  { name: 'revision', type: 'integer' },
  { name: 'event_id', type: 'text' },
  { name: 'type', type: 'text' },
  { name: 'occurred_at', type: 'timestamptz' },
];
