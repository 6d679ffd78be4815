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
import { ReturnAssessmentCommand } from './return-assessment.command';
import { ReturnAssessmentInput } from './return-assessment.input';

@Resolver(() => AssessmentModel)
export class ReturnAssessmentResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => AssessmentModel, {
    description: 'Return a submitted assessment to the partnership for revision, with comments; it is open again.',
    roles: ['NATIONAL', 'REGIONAL_COORDINATOR'],
  })
  async returnAssessment(
    @Args('input') input: ReturnAssessmentInput,
    @CurrentActor() actor: Actor,
  ): Promise<AssessmentModel> {
    // The region check needs the partnership's stream, so the handler makes it.
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: checkCommandId(input.commandId) });
    return assessmentResult(
      await this.commandBus.execute(new ReturnAssessmentCommand(envelope, input.assessmentId, input.comments)),
    );
  }
}
