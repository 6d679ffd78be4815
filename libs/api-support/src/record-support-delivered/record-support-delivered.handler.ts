import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type CommandOutcome } from '@nsf/api-core';
import { decideRecordSupportDelivered, type SupportCaseState } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { manageSupportCase } from '../manage-support-case';
import { RecordSupportDeliveredCommand } from './record-support-delivered.command';

@CommandHandler(RecordSupportDeliveredCommand)
export class RecordSupportDeliveredHandler implements ICommandHandler<RecordSupportDeliveredCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: RecordSupportDeliveredCommand): Promise<CommandOutcome<SupportCaseState>> {
    const { deliveredOn, notes } = command;
    const domainCommand = { type: 'RecordSupportDelivered' as const, deliveredOn, notes };
    return manageSupportCase({
      store: this.store,
      caseId: command.caseId,
      envelope: command.envelope,
      decide: (state) => decideRecordSupportDelivered(domainCommand, state),
    });
  }
}
