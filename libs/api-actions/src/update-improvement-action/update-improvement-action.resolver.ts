import { Inject } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, Resolver } from '@nestjs/graphql';
import {
  CurrentActor,
  PLATFORM_CLOCK,
  commandEnvelope,
  type Clock,
  checkCommandId,
  CommandMutation,
} from '@nsf/api-core';
import type { Actor } from '@nsf/domain';
import { improvementActionResult } from '../improvement-action-result';
import { ImprovementActionModel } from '../models/improvement-action.model';
import { UpdateImprovementActionCommand } from './update-improvement-action.command';
import { UpdateImprovementActionInput } from './update-improvement-action.input';

@Resolver(() => ImprovementActionModel)
export class UpdateImprovementActionResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => ImprovementActionModel, {
    description: 'Reassign, reschedule or move an open improvement action on; completing or cancelling closes it.',
    roles: ['NATIONAL', 'REGIONAL_COORDINATOR', 'PARTNERSHIP_LEAD', 'PARTNERSHIP_MEMBER'],
  })
  async updateImprovementAction(
    @Args('input') input: UpdateImprovementActionInput,
    @CurrentActor() actor: Actor,
  ): Promise<ImprovementActionModel> {
    // The region check needs the partnership's stream, so the handler makes it.
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: checkCommandId(input.commandId) });
    const outcome = await this.commandBus.execute(
      new UpdateImprovementActionCommand(
        envelope,
        input.actionId,
        input.owner ?? null,
        input.dueOn ?? null,
        input.status ?? null,
        input.note ?? null,
      ),
    );
    return improvementActionResult(this.queryBus, actor, outcome);
  }
}
