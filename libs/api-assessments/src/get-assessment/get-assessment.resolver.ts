import { UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CurrentActor, graphQLErrorFor } from '@nsf/api-core';
import type { Actor } from '@nsf/domain';
import { AssessmentModel } from '../models/assessment.model';
import { GetAssessmentQuery } from './get-assessment.query';

@Resolver(() => AssessmentModel)
export class GetAssessmentResolver {
  constructor(private readonly queryBus: QueryBus) {}

  @Query(() => AssessmentModel, { description: 'One assessment as it stands, for those entitled to see it.' })
  @UseGuards(AuthenticatedGuard)
  async assessment(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<AssessmentModel> {
    const lookup = await this.queryBus.execute(new GetAssessmentQuery(actor, id));
    if (!lookup.ok) throw graphQLErrorFor(lookup.error);
    return AssessmentModel.from(lookup.assessment);
  }
}
