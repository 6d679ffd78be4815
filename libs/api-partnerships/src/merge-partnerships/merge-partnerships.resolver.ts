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
import { MergePartnershipsCommand } from './merge-partnerships.command';
import { MergePartnershipsInput } from './merge-partnerships.input';

@Resolver(() => PartnershipModel)
export class MergePartnershipsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly result: PartnershipDecisionResult,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @Mutation(() => PartnershipModel, {
    description: 'Merge a partnership into a registered partnership of the same region; its history stays readable.',
  })
  @UseGuards(AuthenticatedGuard)
  @RequireRoles('NATIONAL', 'REGIONAL_COORDINATOR')
  async mergePartnerships(
    @Args('input') input: MergePartnershipsInput,
    @CurrentActor() actor: Actor,
  ): Promise<PartnershipModel> {
    // The region check needs the partnership's stream, so the handler makes it.
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: checkCommandId(input.commandId) });
    return this.result.of(
      await this.commandBus.execute(
        new MergePartnershipsCommand(
          envelope,
          input.partnershipId,
          input.successorId,
          input.rationale,
          input.evidence ?? [],
        ),
      ),
    );
  }
}
