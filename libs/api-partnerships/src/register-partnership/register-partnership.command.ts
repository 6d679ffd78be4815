import { Command } from '@nestjs/cqrs';
import type { CommandOutcome, CommandEnvelope } from '@nsf/api-core';
import type { PartnershipState } from '@nsf/domain';

export class RegisterPartnershipCommand extends Command<CommandOutcome<PartnershipState>> {
  constructor(
    readonly envelope: CommandEnvelope,
    readonly name: string,
    readonly partnershipType: string,
    readonly region: string,
    readonly county: string | null,
  ) {
    super();
  }
}
