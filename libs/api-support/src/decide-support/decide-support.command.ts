import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope, CommandOutcome } from '@nsf/api-core';
import type { SupportCaseState, SupportDecision } from '@nsf/domain';

export class DecideSupportCommand extends Command<CommandOutcome<SupportCaseState>> {
  constructor(
    readonly envelope: CommandEnvelope,
    readonly caseId: string,
    readonly decision: SupportDecision,
    readonly rationale: string,
    readonly evidence: readonly string[],
  ) {
    super();
  }
}
