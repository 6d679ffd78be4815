import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type CommandOutcome } from '@nsf/api-core';
import { decideScoreCriterion, type AssessmentState } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { executeOnAssessment } from '../execute-on-assessment';
import { ScoreCriterionCommand } from './score-criterion.command';

@CommandHandler(ScoreCriterionCommand)
export class ScoreCriterionHandler implements ICommandHandler<ScoreCriterionCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: ScoreCriterionCommand): Promise<CommandOutcome<AssessmentState>> {
    const domainCommand = {
      type: 'ScoreCriterion' as const,
      criterionId: command.criterionId,
      score: command.score,
      evidenceText: command.evidenceText,
      evidenceLinks: command.evidenceLinks,
      rationale: command.rationale,
    };
    return executeOnAssessment({
      store: this.store,
      assessmentId: command.assessmentId,
      envelope: command.envelope,
      decide: (state) => decideScoreCriterion(domainCommand, state),
    });
  }
}
