import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type CommandOutcome } from '@nsf/api-core';
import { decideValidateAssessment, type AssessmentState } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { moderateAssessment } from '../moderate-assessment';
import { ValidateAssessmentCommand } from './validate-assessment.command';

@CommandHandler(ValidateAssessmentCommand)
export class ValidateAssessmentHandler implements ICommandHandler<ValidateAssessmentCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: ValidateAssessmentCommand): Promise<CommandOutcome<AssessmentState>> {
    const domainCommand = { type: 'ValidateAssessment' as const, moderatedScores: command.moderatedScores };
    return moderateAssessment({
      store: this.store,
      assessmentId: command.assessmentId,
      envelope: command.envelope,
      decide: (state) => decideValidateAssessment(domainCommand, state),
    });
  }
}
