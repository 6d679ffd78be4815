import { Inject, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CurrentActor, PLATFORM_CLOCK, graphQLErrorFor, type Clock } from '@nsf/api-core';
import type { Actor } from '@nsf/domain';
import { PartnershipViewModel } from '../models/partnership-view.model';
import { requiredId, validInstant } from '../view-arguments';
import { PartnershipViewQuery } from './partnership-view.query';

@Resolver(() => PartnershipViewModel)
export class PartnershipViewResolver {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => PartnershipViewModel, {
    description:
      'One partnership: who it is, its current and last validated assessment, decisions, open support and improvement actions — as of an instant (default now), replayed from its history.',
  })
  @UseGuards(AuthenticatedGuard)
  async partnership(
    @Args('id', { type: () => ID }) id: string,
    @Args('asOf', { type: () => Date, nullable: true }) asOf: Date | null | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<PartnershipViewModel> {
    const instant = validInstant(asOf) ?? this.clock.now();
    const lookup = await this.queryBus.execute(new PartnershipViewQuery(actor, requiredId(id, 'id'), instant));
    if (!lookup.ok) throw graphQLErrorFor(lookup.error);
    return PartnershipViewModel.from(lookup.view, instant);
  }
}
