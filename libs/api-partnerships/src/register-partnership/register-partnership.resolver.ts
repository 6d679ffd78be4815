import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Resolver } from '@nestjs/graphql';
import {
  CurrentActor,
  PLATFORM_CLOCK,
  commandEnvelope,
  graphQLErrorFor,
  isUuid,
  typedError,
  type Clock,
  CommandMutation,
} from '@nsf/api-core';
import type { Actor } from '@nsf/domain';
import { PartnershipModel } from '../models/partnership.model';
import { RegisterPartnershipCommand } from './register-partnership.command';
import { RegisterPartnershipInput } from './register-partnership.input';

@Resolver(() => PartnershipModel)
export class RegisterPartnershipResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => PartnershipModel, {
    description: 'Register a partnership (national team only).',
    roles: ['NATIONAL'],
  })
  async registerPartnership(
    @Args('input') input: RegisterPartnershipInput,
    @CurrentActor() actor: Actor,
  ): Promise<PartnershipModel> {
    if (input.commandId && !isUuid(input.commandId)) {
      throw typedError('BAD_USER_INPUT', 'commandId must be a UUID.', 'commandId');
    }
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: input.commandId });
    const outcome = await this.commandBus.execute(
      new RegisterPartnershipCommand(envelope, input.name, input.type, input.region, input.county ?? null),
    );
    if (!outcome.ok) throw graphQLErrorFor(outcome.error);
    const { state } = outcome;
    if (state.status !== 'registered') throw new Error('registration succeeded without registering');
    // Which partnerships merged into it is for the directory (the partnerships query) to tell.
    return PartnershipModel.fromState(state, outcome.occurredAt, []);
  }
}
