import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope, CommandOutcome } from '@nsf/api-core';
import type { AssessmentState, ReviewScore, ReviewSource } from '@nsf/domain';

export class RecordReviewScoresCommand extends Command<CommandOutcome<AssessmentState>> {
  constructor(
    readonly envelope: CommandEnvelope,
    readonly assessmentId: string,
    readonly source: ReviewSource,
    readonly reviewer: string,
    readonly reviewedOn: string,
    readonly scores: readonly ReviewScore[],
  ) {
    super();
  }
}
