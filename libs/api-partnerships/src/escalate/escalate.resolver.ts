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
import { EscalateCommand } from './escalate.command';
import { EscalateInput } from './escalate.input';

@Resolver(() => PartnershipModel)
export class EscalateResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly result: PartnershipDecisionResult,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => PartnershipModel, {
    description: 'Escalate a concern about a partnership to the national team; one escalation is open at a time.',
    roles: ['NATIONAL', 'REGIONAL_COORDINATOR'],
  })
  async escalate(@Args('input') input: EscalateInput, @CurrentActor() actor: Actor): Promise<PartnershipModel> {
    // The region check needs the partnership's stream, so the handler makes it.
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: checkCommandId(input.commandId) });
    return this.result.of(
      await this.commandBus.execute(
        new EscalateCommand(envelope, input.partnershipId, input.concern, input.rationale, input.evidence ?? []),
      ),
    );
  }
}
