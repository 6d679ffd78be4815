import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type CommandOutcome } from '@nsf/api-core';
import { decideRecordReviewScores, mayModerate, type AssessmentState } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { assessedPartnershipFor } from '../assessed-partnership';
import { executeOnAssessment } from '../execute-on-assessment';
import { RecordReviewScoresCommand } from './record-review-scores.command';

/** Reviews are arranged by the partnership's moderators, so they record what a review found. */
@CommandHandler(RecordReviewScoresCommand)
export class RecordReviewScoresHandler implements ICommandHandler<RecordReviewScoresCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(command: RecordReviewScoresCommand): Promise<CommandOutcome<AssessmentState>> {
    const access = await assessedPartnershipFor({
      store: this.store,
      actor: command.envelope.actor,
      assessmentId: command.assessmentId,
      allowed: mayModerate,
      refusal:
        'Only the coordinator of the partnership’s region and the national team may record a review of its assessment.',
    });
    if (!access.ok) return access;
    const { source, reviewer, reviewedOn, scores } = command;
    const domainCommand = { type: 'RecordReviewScores' as const, source, reviewer, reviewedOn, scores };
    return executeOnAssessment({
      store: this.store,
      assessmentId: command.assessmentId,
      envelope: command.envelope,
      decide: (state) => decideRecordReviewScores(domainCommand, state),
    });
  }
}
