import { readPartnership } from '@nsf/api-core';
import type { CommandEnvelope, CommandOutcome } from '@nsf/api-core';
import {
  forbidden,
  mayManageSupport,
  notFound,
  partnershipIdOfSupportCase,
  type Decision,
  type SupportCaseEvent,
  type SupportCaseState,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { executeOnSupportCase } from './execute-on-support-case';

/**
 * Deciding a case and recording its delivery need the caller to manage support for the case's
 * partnership. Coordinators are scoped by region, which only the partnership's stream knows, so
 * this reads it; the case's own stream is not read until the caller is known to be entitled to it.
 */
export async function manageSupportCase(options: {
  store: EventStore;
  caseId: string;
  envelope: CommandEnvelope;
  decide: (state: SupportCaseState) => Decision<SupportCaseEvent>;
}): Promise<CommandOutcome<SupportCaseState>> {
  const missing = { ok: false as const, error: notFound(`There is no support case “${options.caseId}”`) };
  const partnershipId = partnershipIdOfSupportCase(options.caseId);
  if (partnershipId === null) return missing;
  const partnership = await readPartnership(options.store, partnershipId);
  if (partnership.status !== 'registered') return missing;
  if (!mayManageSupport(options.envelope.actor, partnership)) {
    return {
      ok: false,
      error: forbidden(
        'Only the coordinator of the partnership’s region and the national team may manage its support.',
      ),
    };
  }
  return executeOnSupportCase({ ...options, partnershipId });
}
