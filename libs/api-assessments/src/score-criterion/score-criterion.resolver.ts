import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
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
import { assessmentAccess } from '../assessment-access';
import { assessmentResult } from '../assessment-result';
import { AssessmentModel } from '../models/assessment.model';
import { ScoreCriterionCommand } from './score-criterion.command';
import { ScoreCriterionInput } from './score-criterion.input';

@Resolver(() => AssessmentModel)
export class ScoreCriterionResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => AssessmentModel, {
    description: 'Score, or re-score, one criterion of an open assessment.',
    roles: ['NATIONAL', 'PARTNERSHIP_LEAD', 'PARTNERSHIP_MEMBER'],
  })
  async scoreCriterion(
    @Args('input') input: ScoreCriterionInput,
    @CurrentActor() actor: Actor,
  ): Promise<AssessmentModel> {
    const access = assessmentAccess(actor, input.assessmentId);
    if (!access.ok) throw access.error;
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: checkCommandId(input.commandId) });
    return assessmentResult(
      await this.commandBus.execute(
        new ScoreCriterionCommand(
          envelope,
          input.assessmentId,
          input.criterionId,
          input.score,
          input.evidence ?? null,
          input.evidenceLinks ?? [],
          input.rationale,
        ),
      ),
    );
  }
}
