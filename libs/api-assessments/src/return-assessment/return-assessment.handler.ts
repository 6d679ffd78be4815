import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type CommandOutcome } from '@nsf/api-core';
import { decideReturnAssessment, type AssessmentState } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { moderateAssessment } from '../moderate-assessment';
import { ReturnAssessmentCommand } from './return-assessment.command';

@CommandHandler(ReturnAssessmentCommand)
export class ReturnAssessmentHandler implements ICommandHandler<ReturnAssessmentCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: ReturnAssessmentCommand): Promise<CommandOutcome<AssessmentState>> {
    const domainCommand = { type: 'ReturnAssessment' as const, comments: command.comments };
    return moderateAssessment({
      store: this.store,
      assessmentId: command.assessmentId,
      envelope: command.envelope,
      decide: (state) => decideReturnAssessment(domainCommand, state),
    });
  }
}
