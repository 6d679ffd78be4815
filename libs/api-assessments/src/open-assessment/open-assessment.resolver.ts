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
import { CURRENT_FRAMEWORK, type Actor } from '@nsf/domain';
import { refusalToSelfAssess } from '../assessment-access';
import { assessmentResult } from '../assessment-result';
import { AssessmentModel } from '../models/assessment.model';
import { OpenAssessmentCommand } from './open-assessment.command';
import { OpenAssessmentInput } from './open-assessment.input';

@Resolver(() => AssessmentModel)
export class OpenAssessmentResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => AssessmentModel, {
    description: 'Open a partnership’s self-assessment for a period.',
    roles: ['NATIONAL', 'PARTNERSHIP_LEAD', 'PARTNERSHIP_MEMBER'],
  })
  async openAssessment(
    @Args('input') input: OpenAssessmentInput,
    @CurrentActor() actor: Actor,
  ): Promise<AssessmentModel> {
    const refusal = refusalToSelfAssess(actor, input.partnershipId);
    if (refusal) throw refusal;
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: checkCommandId(input.commandId) });
    const frameworkVersion = input.frameworkVersion ?? CURRENT_FRAMEWORK.version;
    return assessmentResult(
      await this.commandBus.execute(
        new OpenAssessmentCommand(envelope, input.partnershipId, input.period, frameworkVersion),
      ),
    );
  }
}
