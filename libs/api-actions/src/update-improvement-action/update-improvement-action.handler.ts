import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type CommandOutcome } from '@nsf/api-core';
import {
  decideUpdateImprovementAction,
  mayManageImprovementActions,
  notFound,
  partnershipIdOfImprovementAction,
  type ImprovementActionState,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { MANAGE_REFUSAL, entitledPartnership } from '../entitled-partnership';
import { executeOnImprovementAction } from '../execute-on-improvement-action';
import { UpdateImprovementActionCommand } from './update-improvement-action.command';

@CommandHandler(UpdateImprovementActionCommand)
export class UpdateImprovementActionHandler implements ICommandHandler<UpdateImprovementActionCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(command: UpdateImprovementActionCommand): Promise<CommandOutcome<ImprovementActionState>> {
    const access = await entitledPartnership({
      store: this.store,
      actor: command.envelope.actor,
      partnershipId: partnershipIdOfImprovementAction(command.actionId),
      allowed: mayManageImprovementActions,
      refusal: MANAGE_REFUSAL,
      missing: notFound(`There is no improvement action “${command.actionId}”`),
    });
    if (!access.ok) return access;
    const { owner, dueOn, status, note } = command;
    const domainCommand = { type: 'UpdateImprovementAction' as const, owner, dueOn, status, note };
    return executeOnImprovementAction({
      store: this.store,
      actionId: command.actionId,
      partnershipId: access.partnership.partnershipId,
      envelope: command.envelope,
      decide: (state) => decideUpdateImprovementAction(domainCommand, state),
    });
  }
}
