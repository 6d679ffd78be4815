import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, SQL_DATABASE, type CommandOutcome } from '@nsf/api-core';
import { decideDecideSupport, type SupportCaseState } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import type { SqlDatabase } from '@nsf/sql';
import { manageSupportCase } from '../manage-support-case';
import { DecideSupportCommand } from './decide-support.command';

@CommandHandler(DecideSupportCommand)
export class DecideSupportHandler implements ICommandHandler<DecideSupportCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  execute(command: DecideSupportCommand): Promise<CommandOutcome<SupportCaseState>> {
    const { decision, rationale, evidence } = command;
    const domainCommand = { type: 'DecideSupport' as const, decision, rationale, evidence };
    return manageSupportCase({
      store: this.store,
      caseId: command.caseId,
      envelope: command.envelope,
      evidence: { db: this.db, ids: evidence },
      decide: (state) => decideDecideSupport(domainCommand, state),
    });
  }
}
