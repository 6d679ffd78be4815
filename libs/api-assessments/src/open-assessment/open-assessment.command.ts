import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope, CommandOutcome } from '@nsf/api-core';
import type { AssessmentState } from '@nsf/domain';

export class OpenAssessmentCommand extends Command<CommandOutcome<AssessmentState>> {
  constructor(
    readonly envelope: CommandEnvelope,
    readonly partnershipId: string,
    readonly period: string,
    readonly frameworkVersion: string,
  ) {
    super();
  }
}
