import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope, CommandOutcome } from '@nsf/api-core';
import type { SupportCaseState } from '@nsf/domain';

export class RecordSupportOutcomeCommand extends Command<CommandOutcome<SupportCaseState>> {
  constructor(
    readonly envelope: CommandEnvelope,
    readonly caseId: string,
    readonly assessmentId: string,
    readonly notes: string,
  ) {
    super();
  }
}
