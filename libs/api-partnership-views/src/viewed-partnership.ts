import { readPartnership } from '@nsf/api-core';
import {
  forbidden,
  mayViewPartnership,
  notFound,
  type Actor,
  type DomainError,
  type RegisteredPartnership,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';

export type PartnershipAccess =
  | { readonly ok: true; readonly partnership: RegisteredPartnership }
  | { readonly ok: false; readonly error: DomainError };

/**
 * The partnership a view is asked for, if the caller may see it. Its region comes from its own
 * stream (always current), so a coordinator's scope is checked before anything else is read.
 */
export async function viewedPartnership(
  store: EventStore,
  actor: Actor,
  partnershipId: string,
): Promise<PartnershipAccess> {
  const partnership = await readPartnership(store, partnershipId);
  if (partnership.status !== 'registered') {
    return { ok: false, error: notFound(`There is no partnership “${partnershipId}”.`) };
  }
  if (!mayViewPartnership(actor, partnership)) {
    return {
      ok: false,
      error: forbidden(
        'Only the partnership’s own people, its region’s coordinator, the national team and auditors may see it.',
      ),
    };
  }
  return { ok: true, partnership };
}
