import { UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CurrentActor, graphQLErrorFor } from '@nsf/api-core';
import type { Actor } from '@nsf/domain';
import { AssessmentComparisonModel } from '../models/assessment-comparison.model';
import { requiredId } from '../view-arguments';
import { CompareAssessmentsQuery } from './compare-assessments.query';

@Resolver(() => AssessmentComparisonModel)
export class CompareAssessmentsResolver {
  constructor(private readonly queryBus: QueryBus) {}

  @Query(() => AssessmentComparisonModel, {
    description:
      'Two assessments of the same partnership side by side: effective scores per criterion and hallmark in a and b, the change from a to b, and counts of gains, losses and level changes.',
  })
  @UseGuards(AuthenticatedGuard)
  async compareAssessments(
    @Args('a', { type: () => ID }) a: string,
    @Args('b', { type: () => ID }) b: string,
    @CurrentActor() actor: Actor,
  ): Promise<AssessmentComparisonModel> {
    const query = new CompareAssessmentsQuery(actor, requiredId(a, 'a'), requiredId(b, 'b'));
    const lookup = await this.queryBus.execute(query);
    if (!lookup.ok) throw graphQLErrorFor(lookup.error);
    return AssessmentComparisonModel.from(lookup.comparison);
  }
}
