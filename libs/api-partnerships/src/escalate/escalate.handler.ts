import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, SQL_DATABASE, type CommandOutcome } from '@nsf/api-core';
import { decideEscalate, mayDecideOnPartnership, type PartnershipState } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import type { SqlDatabase } from '@nsf/sql';
import { REGION_OR_NATIONAL_ONLY, decideOnPartnership } from '../decide-on-partnership';
import { EscalateCommand } from './escalate.command';

@CommandHandler(EscalateCommand)
export class EscalateHandler implements ICommandHandler<EscalateCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  execute(command: EscalateCommand): Promise<CommandOutcome<PartnershipState>> {
    const { concern, rationale, evidence } = command;
    return decideOnPartnership({
      store: this.store,
      partnershipId: command.partnershipId,
      envelope: command.envelope,
      evidence: { db: this.db, ids: command.evidence },
      allowed: mayDecideOnPartnership,
      refusal: REGION_OR_NATIONAL_ONLY,
      decide: (state) => decideEscalate({ type: 'Escalate', concern, rationale, evidence }, state),
    });
  }
}
