import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, executeOnStream, type CommandOutcome } from '@nsf/api-core';
import {
  decideRegisterPartnership,
  evolvePartnership,
  initialPartnershipState,
  isRegionCode,
  partnershipIdFor,
  partnershipStreamId,
  type PartnershipState,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { RegisterPartnershipCommand } from './register-partnership.command';

/** Load the partnership's stream (its id follows from region and name), decide, append. */
@CommandHandler(RegisterPartnershipCommand)
export class RegisterPartnershipHandler implements ICommandHandler<RegisterPartnershipCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(command: RegisterPartnershipCommand): Promise<CommandOutcome<PartnershipState>> {
    const domainCommand = {
      type: 'RegisterPartnership' as const,
      name: command.name,
      partnershipType: command.partnershipType,
      region: command.region,
      county: command.county,
    };
    const name = command.name.trim().replace(/\s+/g, ' ');
    if (!isRegionCode(command.region) || name.length === 0) {
      // No stream to load: the decider rejects such input before it looks at any state.
      const decision = decideRegisterPartnership(domainCommand, initialPartnershipState);
      if (!decision.ok) return decision;
      throw new Error('decideRegisterPartnership accepted a command without a valid region and name');
    }
    const partnershipId = partnershipIdFor(command.region, name);
    return executeOnStream({
      store: this.store,
      streamId: partnershipStreamId(partnershipId),
      tenantId: partnershipId,
      decider: { initialState: initialPartnershipState, evolve: evolvePartnership },
      envelope: command.envelope,
      decide: (state) => decideRegisterPartnership(domainCommand, state),
    });
  }
}
