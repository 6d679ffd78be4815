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
import { MergePartnershipsCommand } from './merge-partnerships.command';
import { MergePartnershipsInput } from './merge-partnerships.input';

@Resolver(() => PartnershipModel)
export class MergePartnershipsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly result: PartnershipDecisionResult,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => PartnershipModel, {
    description: 'Merge a partnership into a registered partnership of the same region; its history stays readable.',
    roles: ['NATIONAL', 'REGIONAL_COORDINATOR'],
  })
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
