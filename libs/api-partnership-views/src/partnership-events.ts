import { partnershipStreamId, type HistoryEvent } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { listTenantStreams } from '@nsf/projections';
import type { SqlQueryable } from '@nsf/sql';

/**
 * Every event of a partnership's streams, read from the event store itself, all streams in one
 * read. Only the list of its streams comes from the audit read model (by tenant); the
 * partnership's own stream is always among them, even before the read model has caught up with
 * its registration.
 */
export async function readPartnershipEvents(
  store: EventStore,
  db: SqlQueryable,
  partnershipId: string,
): Promise<HistoryEvent[]> {
  const streamIds = new Set([partnershipStreamId(partnershipId), ...(await listTenantStreams(db, partnershipId))]);
  const streams = await store.readStreams([...streamIds]);
  const events: HistoryEvent[] = [];
  for (const [streamId, recorded] of streams) {
    for (const { type, schemaVersion, occurredAt, data } of recorded) {
      events.push({ streamId, type, schemaVersion, occurredAt, data });
    }
  }
  return events;
}
