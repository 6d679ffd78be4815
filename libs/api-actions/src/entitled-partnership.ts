import { readPartnership } from '@nsf/api-core';
import { forbidden, type Actor, type AssessedPartnership, type DomainError, type PartnershipState } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';

export type RegisteredPartnership = Extract<PartnershipState, { status: 'registered' }>;

/**
 * The partnership an action belongs to, if the caller may act on it. Coordinators are scoped by
 * region, which only the partnership's stream knows, so this reads it; an action's own stream is
 * not read until the caller is known to be entitled to it.
 */
export async function entitledPartnership(options: {
  store: EventStore;
  actor: Actor;
  /** Null when the id the caller gave names no partnership at all. */
  partnershipId: string | null;
  allowed: (actor: Actor, partnership: AssessedPartnership) => boolean;
  refusal: string;
  /** What to answer when there is no such partnership. */
  missing: DomainError;
}): Promise<{ ok: true; partnership: RegisteredPartnership } | { ok: false; error: DomainError }> {
  if (options.partnershipId === null) return { ok: false, error: options.missing };
  const partnership = await readPartnership(options.store, options.partnershipId);
  if (partnership.status !== 'registered') return { ok: false, error: options.missing };
  if (!options.allowed(options.actor, partnership)) return { ok: false, error: forbidden(options.refusal) };
  return { ok: true, partnership };
}

export const MANAGE_REFUSAL =
  'Only the partnership’s own people, its region’s coordinator and the national team may change its improvement actions.';
export const VIEW_REFUSAL =
  'Only the partnership’s own people, its region’s coordinator, the national team and auditors may see its improvement actions.';
