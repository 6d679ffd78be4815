import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type CommandOutcome } from '@nsf/api-core';
import { decideRequestSupport, mayRequestSupport, type SupportCaseState } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { raiseSupportCase } from '../raise-support-case';
import { RequestSupportCommand } from './request-support.command';

@CommandHandler(RequestSupportCommand)
export class RequestSupportHandler implements ICommandHandler<RequestSupportCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: RequestSupportCommand): Promise<CommandOutcome<SupportCaseState>> {
    const { partnershipId, offerId, need } = command;
    return raiseSupportCase({
      store: this.store,
      partnershipId,
      envelope: command.envelope,
      allowed: (actor, partnership) => mayRequestSupport(actor, partnership.partnershipId),
      refusal: 'Only the partnership’s own people and the national team may request support for it.',
      decide: (caseId, state) =>
        decideRequestSupport({ type: 'RequestSupport', caseId, partnershipId, offerId, need }, state),
    });
  }
}
