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
import { DesignatePriorityCommand } from './designate-priority.command';
import { DesignatePriorityInput } from './designate-priority.input';

@Resolver(() => PartnershipModel)
export class DesignatePriorityResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly result: PartnershipDecisionResult,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => PartnershipModel, {
    description: 'Designate a priority partnership for support, with the rationale and the evidence relied on.',
    roles: ['NATIONAL', 'REGIONAL_COORDINATOR'],
  })
  async designatePriority(
    @Args('input') input: DesignatePriorityInput,
    @CurrentActor() actor: Actor,
  ): Promise<PartnershipModel> {
    // The region check needs the partnership's stream, so the handler makes it.
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: checkCommandId(input.commandId) });
    return this.result.of(
      await this.commandBus.execute(
        new DesignatePriorityCommand(envelope, input.partnershipId, input.rationale, input.evidence ?? []),
      ),
    );
  }
}
