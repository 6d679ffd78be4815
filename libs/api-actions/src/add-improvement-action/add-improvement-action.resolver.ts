import { Inject } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, Resolver } from '@nestjs/graphql';
import {
  CurrentActor,
  PLATFORM_CLOCK,
  commandEnvelope,
  isUuid,
  typedError,
  type Clock,
  checkCommandId,
  CommandMutation,
} from '@nsf/api-core';
import type { Actor } from '@nsf/domain';
import { improvementActionResult } from '../improvement-action-result';
import { ImprovementActionModel } from '../models/improvement-action.model';
import { AddImprovementActionCommand } from './add-improvement-action.command';
import { AddImprovementActionInput } from './add-improvement-action.input';

@Resolver(() => ImprovementActionModel)
export class AddImprovementActionResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => ImprovementActionModel, {
    description: 'Record what a partnership will do about a weakness on one criterion, with its owner and due date.',
    roles: ['NATIONAL', 'REGIONAL_COORDINATOR', 'PARTNERSHIP_LEAD', 'PARTNERSHIP_MEMBER'],
  })
  async addImprovementAction(
    @Args('input') input: AddImprovementActionInput,
    @CurrentActor() actor: Actor,
  ): Promise<ImprovementActionModel> {
    if (!isUuid(input.actionUuid)) throw typedError('BAD_USER_INPUT', 'actionUuid must be a UUID.', 'actionUuid');
    // The region check needs the partnership's stream, so the handler makes it.
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: checkCommandId(input.commandId) });
    const outcome = await this.commandBus.execute(
      new AddImprovementActionCommand(
        envelope,
        input.partnershipId,
        input.actionUuid,
        input.criterionId,
        input.assessmentId?.trim() || null,
        input.description,
        input.owner,
        input.dueOn,
      ),
    );
    return improvementActionResult(this.queryBus, actor, outcome);
  }
}
