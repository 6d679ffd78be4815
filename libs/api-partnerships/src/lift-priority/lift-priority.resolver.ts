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
import { PartnershipModel } from '../models/partnership.model';
import { PartnershipDecisionResult } from '../partnership-decision-result';
import { LiftPriorityCommand } from './lift-priority.command';
import { LiftPriorityInput } from './lift-priority.input';

@Resolver(() => PartnershipModel)
export class LiftPriorityResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly result: PartnershipDecisionResult,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => PartnershipModel, {
    description: 'Lift a partnership’s priority status, with the rationale and the evidence relied on.',
    roles: ['NATIONAL', 'REGIONAL_COORDINATOR'],
  })
  async liftPriority(@Args('input') input: LiftPriorityInput, @CurrentActor() actor: Actor): Promise<PartnershipModel> {
    // The region check needs the partnership's stream, so the handler makes it.
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: checkCommandId(input.commandId) });
    return this.result.of(
      await this.commandBus.execute(
        new LiftPriorityCommand(envelope, input.partnershipId, input.rationale, input.evidence ?? []),
      ),
    );
  }
}
