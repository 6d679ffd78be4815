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
import { RecordSupportDeliveredCommand } from './record-support-delivered.command';
import { RecordSupportDeliveredInput } from './record-support-delivered.input';

@Resolver(() => SupportCaseModel)
export class RecordSupportDeliveredResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => SupportCaseModel, {
    description: 'Record that approved support was delivered; the case closes.',
    roles: ['NATIONAL', 'REGIONAL_COORDINATOR'],
  })
  async recordSupportDelivered(
    @Args('input') input: RecordSupportDeliveredInput,
    @CurrentActor() actor: Actor,
  ): Promise<SupportCaseModel> {
    // The region check needs the partnership's stream, so the handler makes it.
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: checkCommandId(input.commandId) });
    return supportCaseResult(
      await this.commandBus.execute(
        new RecordSupportDeliveredCommand(envelope, input.caseId, input.deliveredOn, input.notes ?? ''),
      ),
    );
  }
}
