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
import { RecordReviewScoresCommand } from './record-review-scores.command';
import { RecordReviewScoresInput } from './record-review-scores.input';

@Resolver(() => AssessmentModel)
export class RecordReviewScoresResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => AssessmentModel, {
    description:
      'Record the scores of a diagnostic or peer review beside the self-scores of an assessment not yet validated.',
    roles: ['NATIONAL', 'REGIONAL_COORDINATOR'],
  })
  async recordReviewScores(
    @Args('input') input: RecordReviewScoresInput,
    @CurrentActor() actor: Actor,
  ): Promise<AssessmentModel> {
    // The region check needs the partnership's stream, so the handler makes it.
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: checkCommandId(input.commandId) });
    const scores = input.scores.map(({ criterionId, score, rationale }) => ({ criterionId, score, rationale }));
    return assessmentResult(
      await this.commandBus.execute(
        new RecordReviewScoresCommand(
          envelope,
          input.assessmentId,
          input.source,
          input.reviewer,
          input.reviewedOn,
          scores,
        ),
      ),
    );
  }
}
