import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope, CommandOutcome } from '@nsf/api-core';
import type { ImprovementActionState, ImprovementActionStatus } from '@nsf/domain';

export class UpdateImprovementActionCommand extends Command<CommandOutcome<ImprovementActionState>> {
  constructor(
    readonly envelope: CommandEnvelope,
    readonly actionId: string,
    /** Each of owner, due date and status is left as it is when null. */
    readonly owner: string | null,
    readonly dueOn: string | null,
    readonly status: ImprovementActionStatus | null,
    readonly note: string | null,
  ) {
    super();
  }
}
