import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, executeOnStream, type CommandOutcome, readPartnership } from '@nsf/api-core';
import {
  assessmentIdFor,
  assessmentStreamId,
  decideOpenAssessment,
  evolveAssessment,
  initialAssessmentState,
  notFound,
  settingOf,
  type AssessmentState,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { OpenAssessmentCommand } from './open-assessment.command';

/**
 * Read the partnership for its setting (which criteria apply follows from it), then load the
 * assessment's stream (its id follows from partnership and period), decide, append.
 */
@CommandHandler(OpenAssessmentCommand)
export class OpenAssessmentHandler implements ICommandHandler<OpenAssessmentCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(command: OpenAssessmentCommand): Promise<CommandOutcome<AssessmentState>> {
    const partnership = await readPartnership(this.store, command.partnershipId);
    if (partnership.status !== 'registered') {
      return { ok: false, error: notFound(`There is no partnership “${command.partnershipId}”`) };
    }
    const domainCommand = {
      type: 'OpenAssessment' as const,
      partnershipId: partnership.partnershipId,
      period: command.period,
      frameworkVersion: command.frameworkVersion,
      setting: settingOf(partnership),
    };
    return executeOnStream({
      store: this.store,
      streamId: assessmentStreamId(assessmentIdFor(partnership.partnershipId, command.period)),
      tenantId: partnership.partnershipId,
      decider: { initialState: initialAssessmentState, evolve: evolveAssessment },
      envelope: command.envelope,
      decide: (state) => decideOpenAssessment(domainCommand, state),
    });
  }
}
