import type { RecordedEvent } from '@nsf/event-store';
import type { SqlQueryable } from '@nsf/sql';
import type { Projection } from '../projection';
import { partnershipRows } from '../row-security/read-model-row-security';

/**
 * The audit read model: one row per event of the global log, with its whole envelope, so a
 * partnership's trail (every stream whose tenant it is) reads as one indexed range on any
 * event-store adapter. `log_order` is the row's place in the log, numbered here as the runner
 * applies events (in log order, exactly once): checkpoints are opaque and adapter-specific, so
 * they are kept, but never compared. A rebuild numbers the rows the same way again. A request
 * reads the events of the tenants in its scope (the platform's own only in the all scope).
 */
export const auditEventsProjection: Projection = {
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
  async apply(tx: SqlQueryable, event: RecordedEvent): Promise<void> {
    const role = event.metadata['actorRole'];
    await tx.query(
      `INSERT INTO rm_audit_events (
         log_order, checkpoint, global_position, event_id, tenant_id, stream_id, revision, type, schema_version,
         actor, actor_role, reason, command_id, correlation_id, causation_id, occurred_at, recorded_at,
         data, metadata, previous_hash, hash)
       SELECT coalesce(max(log_order), 0) + 1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
              $17::jsonb, $18::jsonb, $19, $20
         FROM rm_audit_events`,
      [
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
      ],
    );
  },
};
