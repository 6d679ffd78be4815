import {
  evolvePartnership,
  initialPartnershipState,
  partnershipStreamId,
  type PartnershipEvent,
  type PartnershipState,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';

/**
 * A partnership as its own stream tells it, for the facts other capabilities' commands depend on
 * (that it exists, its setting, its region). The stream is short and always current, which a
 * read model would not be at the moment of a command.
 */
export async function readPartnership(store: EventStore, partnershipId: string): Promise<PartnershipState> {
  const history = await store.readStream(partnershipStreamId(partnershipId));
  return history
    .map((event) => ({ type: event.type, schemaVersion: event.schemaVersion, data: event.data }) as PartnershipEvent)
    .reduce(evolvePartnership, initialPartnershipState);
}
