import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Resolver } from '@nestjs/graphql';
import {
  CurrentActor,
  PLATFORM_CLOCK,
  commandEnvelope,
  forbidden,
  type Clock,
  checkCommandId,
  CommandMutation,
} from '@nsf/api-core';
import { mayRequestSupport, type Actor } from '@nsf/domain';
import { SupportCaseModel } from '../models/support-case.model';
import { supportCaseResult } from '../support-case-result';
import { RequestSupportCommand } from './request-support.command';
import { RequestSupportInput } from './request-support.input';

@Resolver(() => SupportCaseModel)
export class RequestSupportResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  @CommandMutation(() => SupportCaseModel, {
    description: 'Ask for a support offer for a partnership, saying what it needs.',
    roles: ['NATIONAL', 'PARTNERSHIP_LEAD', 'PARTNERSHIP_MEMBER'],
  })
  async requestSupport(
    @Args('input') input: RequestSupportInput,
    @CurrentActor() actor: Actor,
  ): Promise<SupportCaseModel> {
    // Refused before anything is read, so a caller learns nothing of another partnership.
    if (!mayRequestSupport(actor, input.partnershipId)) {
      throw forbidden('Only the partnership’s own people and the national team may request support for it.');
    }
    const envelope = commandEnvelope({ actor, now: this.clock.now(), commandId: checkCommandId(input.commandId) });
    return supportCaseResult(
      await this.commandBus.execute(
        new RequestSupportCommand(envelope, input.partnershipId, input.offerId, input.need),
      ),
    );
  }
}
