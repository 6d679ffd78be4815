import { readPartnership } from '@nsf/api-core';
import type { CommandEnvelope, CommandOutcome } from '@nsf/api-core';
import {
  forbidden,
  notFound,
  supportCaseIdFor,
  type Actor,
  type AssessedPartnership,
  type Decision,
  type SupportCaseEvent,
  type SupportCaseState,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { executeOnSupportCase } from './execute-on-support-case';

/**
 * Requesting and proposing both open a new case for a registered partnership. The case id comes
 * from the partnership and the command id, so a retried request (same command id) lands on the
 * same stream and is recognised there rather than opening a second case.
 */
export async function raiseSupportCase(options: {
  store: EventStore;
  partnershipId: string;
  envelope: CommandEnvelope;
  allowed: (actor: Actor, partnership: AssessedPartnership) => boolean;
  refusal: string;
  decide: (caseId: string, state: SupportCaseState) => Decision<SupportCaseEvent>;
}): Promise<CommandOutcome<SupportCaseState>> {
  const partnership = await readPartnership(options.store, options.partnershipId);
  if (partnership.status !== 'registered') {
    return { ok: false, error: notFound(`There is no partnership “${options.partnershipId}”`) };
  }
  if (!options.allowed(options.envelope.actor, partnership)) return { ok: false, error: forbidden(options.refusal) };
  const caseId = supportCaseIdFor(partnership.partnershipId, options.envelope.commandId);
  return executeOnSupportCase({
    store: options.store,
    caseId,
    partnershipId: partnership.partnershipId,
    envelope: options.envelope,
    decide: (state) => options.decide(caseId, state),
  });
}
