import {
  evolvePartnership,
  initialPartnershipState,
  partnershipStreamId,
  type PartnershipEvent,
  type PartnershipState,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';

/**
 * A partnership as its own stream tells it, for the facts support depends on (that it exists, its
 * region). There is no read model to consult yet, and the stream is short.
 */
export async function readPartnership(store: EventStore, partnershipId: string): Promise<PartnershipState> {
  const history = await store.readStream(partnershipStreamId(partnershipId));
  return history
    .map((event) => ({ type: event.type, schemaVersion: event.schemaVersion, data: event.data }) as PartnershipEvent)
    .reduce(evolvePartnership, initialPartnershipState);
}
