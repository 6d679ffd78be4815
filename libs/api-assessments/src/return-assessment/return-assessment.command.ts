import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope, CommandOutcome } from '@nsf/api-core';
import type { AssessmentState } from '@nsf/domain';

export class ReturnAssessmentCommand extends Command<CommandOutcome<AssessmentState>> {
  constructor(
    readonly envelope: CommandEnvelope,
    readonly assessmentId: string,
    readonly comments: string,
  ) {
    super();
  }
}
