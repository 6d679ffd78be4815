import { Inject, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import {
  AuthenticatedGuard,
  CurrentActor,
  PLATFORM_CLOCK,
  RequireRoles,
  commandEnvelope,
  type Clock,
} from '@nsf/api-core';
import type { Actor } from '@nsf/domain';
import { checkCommandId } from '../command-id';
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

  @Mutation(() => ImprovementActionModel, {
    description: 'Reassign, reschedule or move an open improvement action on; completing or cancelling closes it.',
  })
  @UseGuards(AuthenticatedGuard)
  @RequireRoles('NATIONAL', 'REGIONAL_COORDINATOR', 'PARTNERSHIP_LEAD', 'PARTNERSHIP_MEMBER')
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
