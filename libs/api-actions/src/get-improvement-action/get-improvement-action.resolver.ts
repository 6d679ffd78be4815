import { UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CurrentActor } from '@nsf/api-core';
import type { Actor } from '@nsf/domain';
import { ImprovementActionModel } from '../models/improvement-action.model';
import { improvementActionNamed } from '../improvement-action-result';

@Resolver(() => ImprovementActionModel)
export class GetImprovementActionResolver {
  constructor(private readonly queryBus: QueryBus) {}

  @Query(() => ImprovementActionModel, {
    description: 'One improvement action with its history, for those entitled to see the partnership’s actions.',
  })
  @UseGuards(AuthenticatedGuard)
  improvementAction(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ImprovementActionModel> {
    return improvementActionNamed(this.queryBus, actor, id);
  }
}
