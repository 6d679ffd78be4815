import { Inject, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import {
  AuthenticatedGuard,
  CurrentActor,
  PLATFORM_CLOCK,
  RequireRoles,
  commandEnvelope,
  type Clock,
} from '@nsf/api-core';
import type { Actor } from '@nsf/domain';
import { assessmentAccess } from '../assessment-access';
import { assessmentResult } from '../assessment-result';
import { checkCommandId } from '../command-id';
import { AssessmentModel } from '../models/assessment.model';
import { SubmitAssessmentCommand } from './submit-assessment.command';
import { SubmitAssessmentInput } from './submit-assessment.input';

@Resolver(() => AssessmentModel)
export class SubmitAssessmentResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @Mutation(() => AssessmentModel, {
    description: 'Submit a completed assessment to the regional coordinator; its scores are then fixed.',
  })
  @UseGuards(AuthenticatedGuard)
  @RequireRoles('NATIONAL', 'PARTNERSHIP_LEAD', 'PARTNERSHIP_MEMBER')
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
