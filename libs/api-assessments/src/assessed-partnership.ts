import { readPartnership } from '@nsf/api-core';
import {
  forbidden,
  notFound,
  partnershipIdOfAssessment,
  type Actor,
  type AssessedPartnership,
  type DomainError,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';

/**
 * The partnership an assessment belongs to, if the caller may act on it. Coordinators are
 * scoped by region, which only the partnership's stream knows, so this reads it; the
 * assessment's own stream is not read until the caller is known to be entitled to it.
 */
export async function assessedPartnershipFor(options: {
  store: EventStore;
  actor: Actor;
  assessmentId: string;
  allowed: (actor: Actor, partnership: AssessedPartnership) => boolean;
  refusal: string;
}): Promise<{ ok: true; partnership: AssessedPartnership } | { ok: false; error: DomainError }> {
  const missing = { ok: false as const, error: notFound(`There is no assessment “${options.assessmentId}”`) };
  const partnershipId = partnershipIdOfAssessment(options.assessmentId);
  if (partnershipId === null) return missing;
  const partnership = await readPartnership(options.store, partnershipId);
  if (partnership.status !== 'registered') return missing;
  if (!options.allowed(options.actor, partnership)) return { ok: false, error: forbidden(options.refusal) };
  return { ok: true, partnership };
}
