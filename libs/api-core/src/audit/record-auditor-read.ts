import { commandEnvelope } from '../commands/command-envelope';
import { eventIdFor } from '../commands/event-ids';
import {
  AUDIT_READS_TENANT,
  auditReadsStreamId,
  auditTrailViewed,
  isRecordedRead,
  type Actor,
  type AuditTrailViewedData,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { asPlatform } from '../request-scope/request-scope';

/**
 * Records what an auditor read, in their own stream, before the answer leaves: a read that could
 * not be recorded is not answered. The stream has no rule to decide on — every read is appended —
 * so it is appended at whatever revision it stands (the store still chains it under its guard).
 * The platform records it, not the auditor, whose scope appends nothing: it is appended as the
 * platform, outside the auditor's request scope.
 */
export async function recordAuditorRead(
  store: EventStore,
  actor: Actor,
  now: Date,
  request: Omit<AuditTrailViewedData, 'viewer' | 'viewerRole'>,
): Promise<void> {
  if (!isRecordedRead(actor)) return;
  const event = auditTrailViewed(actor, request);
  const envelope = commandEnvelope({ actor, now });
  await asPlatform(() =>
    store.appendToStream(
      auditReadsStreamId(actor.username),
      [
        {
          id: eventIdFor(envelope.commandId, 0),
          type: event.type,
          schemaVersion: event.schemaVersion,
          tenantId: AUDIT_READS_TENANT,
          occurredAt: envelope.occurredAt,
          actor: actor.username,
          reason: null,
          commandId: envelope.commandId,
          correlationId: envelope.correlationId,
          causationId: null,
          data: event.data,
          metadata: { actorRole: actor.role },
        },
      ],
      { expectedRevision: 'any' },
    ),
  );
}
