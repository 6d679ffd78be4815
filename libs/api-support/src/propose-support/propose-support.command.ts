import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope, CommandOutcome } from '@nsf/api-core';
import type { SupportCaseState } from '@nsf/domain';

export class ProposeSupportCommand extends Command<CommandOutcome<SupportCaseState>> {
  constructor(
    readonly envelope: CommandEnvelope,
    readonly partnershipId: string,
    readonly offerId: string,
    readonly need: string,
  ) {
    super();
  }
}
