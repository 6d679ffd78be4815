import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope, CommandOutcome } from '@nsf/api-core';
import type { AssessmentState } from '@nsf/domain';

export class ScoreCriterionCommand extends Command<CommandOutcome<AssessmentState>> {
  constructor(
    readonly envelope: CommandEnvelope,
    readonly assessmentId: string,
    readonly criterionId: string,
    readonly score: number,
    readonly evidenceText: string | null,
    readonly evidenceLinks: readonly string[],
    readonly rationale: string,
  ) {
    super();
  }
}
