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
import { DecideSupportCommand } from './decide-support.command';
import { DecideSupportInput } from './decide-support.input';

@Resolver(() => SupportCaseModel)
export class DecideSupportResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => SupportCaseModel, {
    description: 'Approve, decline or defer a requested, proposed or deferred support case, with the rationale.',
    roles: ['NATIONAL', 'REGIONAL_COORDINATOR'],
  })
  async decideSupport(
    @Args('input') input: DecideSupportInput,
    @CurrentActor() actor: Actor,
  ): Promise<SupportCaseModel> {
    // The region check needs the partnership's stream, so the handler makes it.
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: checkCommandId(input.commandId) });
    return supportCaseResult(
      await this.commandBus.execute(
        new DecideSupportCommand(envelope, input.caseId, input.decision, input.rationale, input.evidence ?? []),
      ),
    );
  }
}
