import { executeOnStream, readPartnership, type CommandEnvelope, type CommandOutcome } from '@nsf/api-core';
import {
  evolvePartnership,
  forbidden,
  initialPartnershipState,
  notFound,
  partnershipStreamId,
  type Actor,
  type Decision,
  type PartnershipEvent,
  type PartnershipState,
  type RegisteredPartnership,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { checkEvidence } from '@nsf/projections';
import type { SqlQueryable } from '@nsf/sql';

/**
 * A decision about a partnership: it must exist, and the caller must be entitled to decide about
 * it (a coordinator only within their region, which only the partnership's stream knows), before
 * anything is decided; then decide and append on the partnership's own stream.
 */
export async function decideOnPartnership(options: {
  store: EventStore;
  partnershipId: string;
  envelope: CommandEnvelope;
  allowed: (actor: Actor, partnership: RegisteredPartnership) => boolean;
  refusal: string;
  decide: (state: PartnershipState) => Decision<PartnershipEvent>;
  /** The events the decision cites, checked to be this partnership's, and where to look them up. */
  evidence: { db: SqlQueryable; ids: readonly string[] };
}): Promise<CommandOutcome<PartnershipState>> {
  const partnership = await readPartnership(options.store, options.partnershipId);
  if (partnership.status !== 'registered') {
    return { ok: false, error: notFound(`There is no partnership “${options.partnershipId}”`) };
  }
  if (!options.allowed(options.envelope.actor, partnership)) return { ok: false, error: forbidden(options.refusal) };
  const refused = await checkEvidence(options.evidence.db, partnership.partnershipId, options.evidence.ids);
  if (refused) return { ok: false, error: refused };
  return executeOnStream({
    store: options.store,
    streamId: partnershipStreamId(partnership.partnershipId),
    tenantId: partnership.partnershipId,
    decider: { initialState: initialPartnershipState, evolve: evolvePartnership },
    envelope: options.envelope,
    decide: options.decide,
  });
}

export const REGION_OR_NATIONAL_ONLY =
  'Only the coordinator of the partnership’s region and the national team may make decisions about it.';
