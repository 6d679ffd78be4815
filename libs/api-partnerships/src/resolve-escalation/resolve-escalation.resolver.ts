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
import { ResolveEscalationCommand } from './resolve-escalation.command';
import { ResolveEscalationInput } from './resolve-escalation.input';

@Resolver(() => PartnershipModel)
export class ResolveEscalationResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly result: PartnershipDecisionResult,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => PartnershipModel, {
    description: 'Resolve the open escalation about a partnership (national team only).',
    roles: ['NATIONAL'],
  })
  async resolveEscalation(
    @Args('input') input: ResolveEscalationInput,
    @CurrentActor() actor: Actor,
  ): Promise<PartnershipModel> {
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: checkCommandId(input.commandId) });
    return this.result.of(
      await this.commandBus.execute(
        new ResolveEscalationCommand(
          envelope,
          input.partnershipId,
          input.resolution,
          input.rationale,
          input.evidence ?? [],
        ),
      ),
    );
  }
}
