import {
  evolvePartnership,
  initialPartnershipState,
  partnershipStreamId,
  type PartnershipEvent,
  type PartnershipState,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { asPlatform } from '../request-scope/request-scope';

/**
 * A partnership as its own stream tells it, for the facts other capabilities' commands depend on
 * (that it exists, its setting, its region). The stream is short and always current, which a
 * read model would not be at the moment of a command. Access is decided on it, so it is read as
 * the platform: a caller may be told that a partnership outside their scope is not theirs
 * (FORBIDDEN) rather than missing, and is told nothing more of it.
 */
export async function readPartnership(store: EventStore, partnershipId: string): Promise<PartnershipState> {
  const history = await asPlatform(() => store.readStream(partnershipStreamId(partnershipId)));
  return history
    .map((event) => ({ type: event.type, schemaVersion: event.schemaVersion, data: event.data }) as PartnershipEvent)
    .reduce(evolvePartnership, initialPartnershipState);
}
