import { executeOnStream, type CommandEnvelope, type CommandOutcome } from '@nsf/api-core';
import {
  evolveSupportCase,
  initialSupportCaseState,
  supportCaseStreamId,
  type Decision,
  type SupportCaseEvent,
  type SupportCaseState,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';

/** Load a support case's stream, decide, append; its tenant is the partnership it belongs to. */
export function executeOnSupportCase(options: {
  store: EventStore;
  caseId: string;
  partnershipId: string;
  envelope: CommandEnvelope;
  decide: (state: SupportCaseState) => Decision<SupportCaseEvent>;
}): Promise<CommandOutcome<SupportCaseState>> {
  return executeOnStream({
    store: options.store,
    streamId: supportCaseStreamId(options.caseId),
    tenantId: options.partnershipId,
    decider: { initialState: initialSupportCaseState, evolve: evolveSupportCase },
    envelope: options.envelope,
    decide: options.decide,
  });
}
