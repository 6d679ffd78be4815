import { Inject, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, Query, Resolver } from '@nestjs/graphql';
import {
  AuthenticatedGuard,
  CurrentActor,
  PLATFORM_CLOCK,
  graphQLErrorFor,
  typedError,
  type Clock,
} from '@nsf/api-core';
import { isRegionCode, type Actor } from '@nsf/domain';
import { SupportPipelineModel } from '../models/support-pipeline.model';
import { SupportPipelineQuery } from './support-pipeline.query';

@Resolver(() => SupportPipelineModel)
export class SupportPipelineResolver {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => SupportPipelineModel, {
    description:
      'A region’s support cases by status, with each case’s partnership, offer, hallmarks served, dates, rationale and outcome, as of an instant (default now).',
  })
  @UseGuards(AuthenticatedGuard)
  async supportPipeline(
    @Args('region', { type: () => String, description: 'A region code, e.g. NORTH_WEST.' }) region: string,
    @Args('asOf', { type: () => Date, nullable: true }) asOf: Date | null | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<SupportPipelineModel> {
    if (!isRegionCode(region))
      throw typedError('BAD_USER_INPUT', `“${region}” is not a region of England or Wales.`, 'region');
    if (asOf && Number.isNaN(asOf.getTime())) throw typedError('BAD_USER_INPUT', 'asOf is not a date.', 'asOf');
    const lookup = await this.queryBus.execute(new SupportPipelineQuery(actor, region, asOf ?? this.clock.now()));
    if (!lookup.ok) throw graphQLErrorFor(lookup.error);
    return lookup.pipeline;
  }
}
