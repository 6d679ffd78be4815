import { executeOnStream, type CommandEnvelope, type CommandOutcome } from '@nsf/api-core';
import {
  evolveImprovementAction,
  improvementActionStreamId,
  initialImprovementActionState,
  type Decision,
  type ImprovementActionEvent,
  type ImprovementActionState,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';

/** Load an action's stream, decide, append; its tenant is the partnership it belongs to. */
export function executeOnImprovementAction(options: {
  store: EventStore;
  actionId: string;
  partnershipId: string;
  envelope: CommandEnvelope;
  decide: (state: ImprovementActionState) => Decision<ImprovementActionEvent>;
}): Promise<CommandOutcome<ImprovementActionState>> {
  return executeOnStream({
    store: options.store,
    streamId: improvementActionStreamId(options.actionId),
    tenantId: options.partnershipId,
    decider: { initialState: initialImprovementActionState, evolve: evolveImprovementAction },
    envelope: options.envelope,
    decide: options.decide,
  });
}
