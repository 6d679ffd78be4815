import { Inject, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import {
  AuthenticatedGuard,
  CurrentActor,
  PLATFORM_CLOCK,
  graphQLErrorFor,
  typedError,
  type Clock,
} from '@nsf/api-core';
import { FRAMEWORKS, type Actor } from '@nsf/domain';
import { ProgressPointModel } from '../models/progress-point.model';
import { requiredId } from '../view-arguments';
import { ProgressQuery } from './progress.query';

const HALLMARKS = new Set(Object.values(FRAMEWORKS).flatMap((framework) => framework.hallmarks.map((h) => h.id)));

@Resolver(() => ProgressPointModel)
export class ProgressResolver {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => [ProgressPointModel], {
    description:
      'A partnership’s progress over time: per validated assessment and hallmark its own, moderated and review averages beside its region’s and the nation’s, oldest period first.',
  })
  @UseGuards(AuthenticatedGuard)
  async progress(
    @Args('partnershipId', { type: () => ID }) partnershipId: string,
    @Args('hallmark', {
      type: () => String,
      nullable: true,
      description: 'A hallmark id, e.g. leadership; all when left out.',
    })
    hallmark: string | null | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<ProgressPointModel[]> {
    // A left-out argument arrives as undefined, an explicit null as null: both mean every hallmark.
    const hallmarkId = hallmark ?? null;
    if (hallmarkId !== null && !HALLMARKS.has(hallmarkId)) {
      throw typedError('BAD_USER_INPUT', `“${hallmark}” is not a hallmark of the framework.`, 'hallmark');
    }
    const id = requiredId(partnershipId, 'partnershipId');
    const lookup = await this.queryBus.execute(new ProgressQuery(actor, id, hallmarkId, this.clock.now()));
    if (!lookup.ok) throw graphQLErrorFor(lookup.error);
    return lookup.points.map((point) => Object.assign(new ProgressPointModel(), point));
  }
}
