import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, readAssessment, type CommandOutcome } from '@nsf/api-core';
import {
  assessmentIdFor,
  decideRecordSupportOutcome,
  initialAssessmentState,
  partnershipIdOfAssessment,
  previousPeriod,
  type AssessmentState,
  type SupportCaseState,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { executeOnSupportCase } from '../execute-on-support-case';
import { managedPartnershipOf } from '../manage-support-case';
import { RecordSupportOutcomeCommand } from './record-support-outcome.command';

/**
 * Reads the assessment the outcome is measured against, and the partnership's assessment of the
 * period before, then decides on the case's stream. Only the case's partnership's assessments are
 * read: another partnership's id is refused by the decider without its stream being touched.
 * The assessments are read outside the case's revision guard, which is sound because only
 * validated ones count and a validated assessment is closed.
 */
@CommandHandler(RecordSupportOutcomeCommand)
export class RecordSupportOutcomeHandler implements ICommandHandler<RecordSupportOutcomeCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(command: RecordSupportOutcomeCommand): Promise<CommandOutcome<SupportCaseState>> {
    const access = await managedPartnershipOf(this.store, command.envelope.actor, command.caseId);
    if (!access.ok) return access;
    const { partnershipId } = access.partnership;
    const assessment: AssessmentState =
      partnershipIdOfAssessment(command.assessmentId) === partnershipId
        ? await readAssessment(this.store, command.assessmentId)
        : initialAssessmentState;
    const baseline: AssessmentState =
      assessment.status === 'not_opened'
        ? initialAssessmentState
        : await readAssessment(this.store, assessmentIdFor(partnershipId, previousPeriod(assessment.period)));
    const domainCommand = {
      type: 'RecordSupportOutcome' as const,
      assessmentId: command.assessmentId,
      assessment,
      baseline,
      notes: command.notes,
    };
    return executeOnSupportCase({
      store: this.store,
      caseId: command.caseId,
      partnershipId,
      envelope: command.envelope,
      decide: (state) => decideRecordSupportOutcome(domainCommand, state),
    });
  }
}
