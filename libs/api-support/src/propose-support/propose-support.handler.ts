import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type CommandOutcome } from '@nsf/api-core';
import { decideProposeSupport, mayManageSupport, type SupportCaseState } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { raiseSupportCase } from '../raise-support-case';
import { ProposeSupportCommand } from './propose-support.command';

@CommandHandler(ProposeSupportCommand)
export class ProposeSupportHandler implements ICommandHandler<ProposeSupportCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: ProposeSupportCommand): Promise<CommandOutcome<SupportCaseState>> {
    const { partnershipId, offerId, need } = command;
    return raiseSupportCase({
      store: this.store,
      partnershipId,
      envelope: command.envelope,
      allowed: mayManageSupport,
      refusal: 'Only the coordinator of the partnership’s region and the national team may propose support for it.',
      decide: (caseId, state) =>
        decideProposeSupport({ type: 'ProposeSupport', caseId, partnershipId, offerId, need }, state),
    });
  }
}
