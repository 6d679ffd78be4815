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
import { ProposeSupportCommand } from './propose-support.command';
import { ProposeSupportInput } from './propose-support.input';

@Resolver(() => SupportCaseModel)
export class ProposeSupportResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => SupportCaseModel, {
    description: 'Put a support offer forward for a partnership, saying what it needs.',
    roles: ['NATIONAL', 'REGIONAL_COORDINATOR'],
  })
  async proposeSupport(
    @Args('input') input: ProposeSupportInput,
    @CurrentActor() actor: Actor,
  ): Promise<SupportCaseModel> {
    // The region check needs the partnership's stream, so the handler makes it.
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: checkCommandId(input.commandId) });
    return supportCaseResult(
      await this.commandBus.execute(
        new ProposeSupportCommand(envelope, input.partnershipId, input.offerId, input.need),
      ),
    );
  }
}
