/**
 * The audit read model as the platform defined it before it became an index over the log
 * (commit 8b04c00): one wide row per event with its whole envelope. Tests build a database
 * with it, as that version left it, to show an upgrade rebuilds it into today's shape.
 */
import type { RecordedEvent } from '@nsf/event-store';
import type { SqlQueryable } from '@nsf/sql';
import { insertRows, type RowColumn } from '../../batch/insert-rows';
import type { Projection } from '../../projection';
import { partnershipRows } from '../../row-security/read-model-row-security';

export const auditEventsBeforeIndex: Projection = {
  name: 'audit_events',
  tables: ['rm_audit_events'],
  schema: `
    CREATE TABLE IF NOT EXISTS rm_audit_events (
      log_order       bigint PRIMARY KEY,
      checkpoint      text NOT NULL,
      global_position bigint NOT NULL,
      event_id        text NOT NULL,
      tenant_id       text NOT NULL,
      stream_id       text NOT NULL,
      revision        integer NOT NULL,
      type            text NOT NULL,
      schema_version  integer NOT NULL,
      actor           text NOT NULL,
      actor_role      text,
      reason          text,
      command_id      text NOT NULL,
      correlation_id  text NOT NULL,
      causation_id    text,
      occurred_at     timestamptz NOT NULL,
      recorded_at     timestamptz NOT NULL,
      data            jsonb NOT NULL,
      metadata        jsonb NOT NULL,
      previous_hash   text,
      hash            text NOT NULL,
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
      events.map((event, index) => {
        const role = event.metadata['actorRole'];
        return [
          String(last + BigInt(index + 1)),
          event.checkpoint,
          String(event.globalPosition),
          event.id,
          event.tenantId,
          event.streamId,
          event.revision,
          event.type,
          event.schemaVersion,
          event.actor,
          typeof role === 'string' ? role : null,
          event.reason,
          event.commandId,
          event.correlationId,
          event.causationId,
          event.occurredAt,
          event.recordedAt,
          JSON.stringify(event.data ?? null),
          JSON.stringify(event.metadata),
          event.previousHash,
          event.hash,
        ];
      }),
    );
  },
};

const COLUMNS: readonly RowColumn[] = [
  { name: 'log_order', type: 'bigint' },
  { name: 'checkpoint', type: 'text' },
  { name: 'global_position', type: 'bigint' },
  { name: 'event_id', type: 'text' },
  { name: 'tenant_id', type: 'text' },
  { name: 'stream_id', type: 'text' },
  { name: 'revision', type: 'integer' },
  { name: 'type', type: 'text' },
  { name: 'schema_version', type: 'integer' },
  { name: 'actor', type: 'text' },
  { name: 'actor_role', type: 'text' },
  { name: 'reason', type: 'text' },
  { name: 'command_id', type: 'text' },
  { name: 'correlation_id', type: 'text' },
  { name: 'causation_id', type: 'text' },
  { name: 'occurred_at', type: 'timestamptz' },
  { name: 'recorded_at', type: 'timestamptz' },
  { name: 'data', type: 'jsonb' },
  { name: 'metadata', type: 'jsonb' },
  { name: 'previous_hash', type: 'text' },
  { name: 'hash', type: 'text' },
];
