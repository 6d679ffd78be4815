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
import { checkCommandId } from '../command-id';
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

  @Mutation(() => PartnershipModel, {
    description: 'Designate a priority partnership for support, with the rationale and the evidence relied on.',
  })
  @UseGuards(AuthenticatedGuard)
  @RequireRoles('NATIONAL', 'REGIONAL_COORDINATOR')
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
