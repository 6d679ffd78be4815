import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type CommandOutcome } from '@nsf/api-core';
import {
  decideAddImprovementAction,
  improvementActionIdFor,
  mayManageImprovementActions,
  notFound,
  settingOf,
  type ImprovementActionState,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { MANAGE_REFUSAL, entitledPartnership } from '../entitled-partnership';
import { executeOnImprovementAction } from '../execute-on-improvement-action';
import { readCitedAssessment } from '../read-cited-assessment';
import { AddImprovementActionCommand } from './add-improvement-action.command';

/**
 * Read the partnership (for access, and its setting, which decides the criteria that apply),
 * then the assessment the action cites, then decide on the action's own stream and append.
 */
@CommandHandler(AddImprovementActionCommand)
export class AddImprovementActionHandler implements ICommandHandler<AddImprovementActionCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(command: AddImprovementActionCommand): Promise<CommandOutcome<ImprovementActionState>> {
    const access = await entitledPartnership({
      store: this.store,
      actor: command.envelope.actor,
      partnershipId: command.partnershipId,
      allowed: mayManageImprovementActions,
      refusal: MANAGE_REFUSAL,
      missing: notFound(`There is no partnership “${command.partnershipId}”`),
    });
    if (!access.ok) return access;
    const { partnershipId } = access.partnership;
    const actionId = improvementActionIdFor(partnershipId, command.actionUuid);
    const domainCommand = {
      type: 'AddImprovementAction' as const,
      actionId,
      partnershipId,
      setting: settingOf(access.partnership),
      criterionId: command.criterionId,
      assessmentId: command.assessmentId,
      assessment: await readCitedAssessment(this.store, partnershipId, command.assessmentId),
      description: command.description,
      owner: command.owner,
      dueOn: command.dueOn,
    };
    return executeOnImprovementAction({
      store: this.store,
      actionId,
      partnershipId,
      envelope: command.envelope,
      decide: (state) => decideAddImprovementAction(domainCommand, state),
    });
  }
}
