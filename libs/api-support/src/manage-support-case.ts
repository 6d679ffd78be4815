import { readPartnership } from '@nsf/api-core';
import type { CommandEnvelope, CommandOutcome } from '@nsf/api-core';
import {
  forbidden,
  mayManageSupport,
  notFound,
  partnershipIdOfSupportCase,
  type Actor,
  type AssessedPartnership,
  type Decision,
  type DomainError,
  type SupportCaseEvent,
  type SupportCaseState,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { checkEvidence } from '@nsf/projections';
import type { SqlQueryable } from '@nsf/sql';
import { executeOnSupportCase } from './execute-on-support-case';

/**
 * The partnership a case belongs to, if the caller manages its support. Coordinators are scoped
 * by region, which only the partnership's stream knows, so this reads it; the case's own stream
 * (and anything else of the partnership's) is not read until the caller is known to be entitled.
 */
export async function managedPartnershipOf(
  store: EventStore,
  actor: Actor,
  caseId: string,
): Promise<{ ok: true; partnership: AssessedPartnership } | { ok: false; error: DomainError }> {
  const missing = { ok: false as const, error: notFound(`There is no support case “${caseId}”`) };
  const partnershipId = partnershipIdOfSupportCase(caseId);
  if (partnershipId === null) return missing;
  const partnership = await readPartnership(store, partnershipId);
  if (partnership.status !== 'registered') return missing;
  if (!mayManageSupport(actor, partnership)) {
    return {
      ok: false,
      error: forbidden(
        'Only the coordinator of the partnership’s region and the national team may manage its support.',
      ),
    };
  }
  return { ok: true, partnership };
}

/** Deciding a case and recording its delivery need the caller to manage support for the case's partnership. */
export async function manageSupportCase(options: {
  store: EventStore;
  caseId: string;
  envelope: CommandEnvelope;
  decide: (state: SupportCaseState) => Decision<SupportCaseEvent>;
  /** The events a decision cites, checked to be the case's partnership's, and where to look them up. */
  evidence?: { db: SqlQueryable; ids: readonly string[] };
}): Promise<CommandOutcome<SupportCaseState>> {
  const access = await managedPartnershipOf(options.store, options.envelope.actor, options.caseId);
  if (!access.ok) return access;
  if (options.evidence) {
    const refused = await checkEvidence(options.evidence.db, access.partnership.partnershipId, options.evidence.ids);
    if (refused) return { ok: false, error: refused };
  }
  return executeOnSupportCase({ ...options, partnershipId: access.partnership.partnershipId });
}
