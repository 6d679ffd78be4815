import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope, CommandOutcome } from '@nsf/api-core';
import type { ImprovementActionState } from '@nsf/domain';

export class AddImprovementActionCommand extends Command<CommandOutcome<ImprovementActionState>> {
  constructor(
    readonly envelope: CommandEnvelope,
    readonly partnershipId: string,
    /** Chosen by the client; with the partnership it names the action. */
    readonly actionUuid: string,
    readonly criterionId: string,
    readonly assessmentId: string | null,
    readonly description: string,
    readonly owner: string,
    readonly dueOn: string,
  ) {
    super();
  }
}
