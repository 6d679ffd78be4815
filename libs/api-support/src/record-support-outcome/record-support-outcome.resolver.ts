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
import { SupportCaseModel } from '../models/support-case.model';
import { supportCaseResult } from '../support-case-result';
import { RecordSupportOutcomeCommand } from './record-support-outcome.command';
import { RecordSupportOutcomeInput } from './record-support-outcome.input';

@Resolver(() => SupportCaseModel)
export class RecordSupportOutcomeResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => SupportCaseModel, {
    description:
      'Record, once, whether the scores moved after support was delivered: per hallmark the offer serves, the average level in a later validated assessment against the validated one of the period before.',
    roles: ['NATIONAL', 'REGIONAL_COORDINATOR'],
  })
  async recordSupportOutcome(
    @Args('input') input: RecordSupportOutcomeInput,
    @CurrentActor() actor: Actor,
  ): Promise<SupportCaseModel> {
    // The region check needs the partnership's stream, so the handler makes it.
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: checkCommandId(input.commandId) });
    return supportCaseResult(
      await this.commandBus.execute(
        new RecordSupportOutcomeCommand(envelope, input.caseId, input.assessmentId, input.notes),
      ),
    );
  }
}
