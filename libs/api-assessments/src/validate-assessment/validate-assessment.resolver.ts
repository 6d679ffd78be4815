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
import { assessmentResult } from '../assessment-result';
import { AssessmentModel } from '../models/assessment.model';
import { ValidateAssessmentCommand } from './validate-assessment.command';
import { ValidateAssessmentInput } from './validate-assessment.input';

@Resolver(() => AssessmentModel)
export class ValidateAssessmentResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => AssessmentModel, {
    description:
      'Validate a submitted assessment, moderating any score the coordinator sees differently; it is then closed.',
    roles: ['NATIONAL', 'REGIONAL_COORDINATOR'],
  })
  async validateAssessment(
    @Args('input') input: ValidateAssessmentInput,
    @CurrentActor() actor: Actor,
  ): Promise<AssessmentModel> {
    // The region check needs the partnership's stream, so the handler makes it.
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: checkCommandId(input.commandId) });
    const moderatedScores = (input.moderatedScores ?? []).map(({ criterionId, score, reason }) => ({
      criterionId,
      score,
      reason,
    }));
    return assessmentResult(
      await this.commandBus.execute(new ValidateAssessmentCommand(envelope, input.assessmentId, moderatedScores)),
    );
  }
}
