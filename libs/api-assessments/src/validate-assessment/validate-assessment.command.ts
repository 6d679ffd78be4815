import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope, CommandOutcome } from '@nsf/api-core';
import type { AssessmentState, ModeratedScoreInput } from '@nsf/domain';

export class ValidateAssessmentCommand extends Command<CommandOutcome<AssessmentState>> {
  constructor(
    readonly envelope: CommandEnvelope,
    readonly assessmentId: string,
    readonly moderatedScores: readonly ModeratedScoreInput[],
  ) {
    super();
  }
}
