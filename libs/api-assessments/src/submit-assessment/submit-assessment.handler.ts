import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type CommandOutcome } from '@nsf/api-core';
import { decideSubmitAssessment, type AssessmentState } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { executeOnAssessment } from '../execute-on-assessment';
import { SubmitAssessmentCommand } from './submit-assessment.command';

@CommandHandler(SubmitAssessmentCommand)
export class SubmitAssessmentHandler implements ICommandHandler<SubmitAssessmentCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: SubmitAssessmentCommand): Promise<CommandOutcome<AssessmentState>> {
    return executeOnAssessment({
      store: this.store,
      assessmentId: command.assessmentId,
      envelope: command.envelope,
      decide: (state) => decideSubmitAssessment({ type: 'SubmitAssessment' }, state),
    });
  }
}
