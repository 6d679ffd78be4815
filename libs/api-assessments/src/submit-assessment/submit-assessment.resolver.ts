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
import { SubmitAssessmentCommand } from './submit-assessment.command';
import { SubmitAssessmentInput } from './submit-assessment.input';

@Resolver(() => AssessmentModel)
export class SubmitAssessmentResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => AssessmentModel, {
    description: 'Submit a completed assessment to the regional coordinator; its scores are then fixed.',
    roles: ['NATIONAL', 'PARTNERSHIP_LEAD', 'PARTNERSHIP_MEMBER'],
  })
  async submitAssessment(
    @Args('input') input: SubmitAssessmentInput,
    @CurrentActor() actor: Actor,
  ): Promise<AssessmentModel> {
    const access = assessmentAccess(actor, input.assessmentId);
    if (!access.ok) throw access.error;
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: checkCommandId(input.commandId) });
    return assessmentResult(await this.commandBus.execute(new SubmitAssessmentCommand(envelope, input.assessmentId)));
  }
}
