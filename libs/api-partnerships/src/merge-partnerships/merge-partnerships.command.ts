import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope, CommandOutcome } from '@nsf/api-core';
import type { PartnershipState } from '@nsf/domain';

export class MergePartnershipsCommand extends Command<CommandOutcome<PartnershipState>> {
  constructor(
    readonly envelope: CommandEnvelope,
    readonly partnershipId: string,
    readonly successorId: string,
    readonly rationale: string,
    readonly evidence: readonly string[],
  ) {
    super();
  }
}
