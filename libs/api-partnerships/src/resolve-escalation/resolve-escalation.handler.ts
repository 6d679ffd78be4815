import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, SQL_DATABASE, type CommandOutcome } from '@nsf/api-core';
import { decideResolveEscalation, mayResolveEscalation, type PartnershipState } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import type { SqlDatabase } from '@nsf/sql';
import { decideOnPartnership } from '../decide-on-partnership';
import { ResolveEscalationCommand } from './resolve-escalation.command';

@CommandHandler(ResolveEscalationCommand)
export class ResolveEscalationHandler implements ICommandHandler<ResolveEscalationCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  execute(command: ResolveEscalationCommand): Promise<CommandOutcome<PartnershipState>> {
    const { resolution, rationale, evidence } = command;
    return decideOnPartnership({
      store: this.store,
      partnershipId: command.partnershipId,
      envelope: command.envelope,
      evidence: { db: this.db, ids: command.evidence },
      allowed: (actor) => mayResolveEscalation(actor),
      refusal: 'Escalations go to the national team: only the national team may resolve them.',
      decide: (state) => decideResolveEscalation({ type: 'ResolveEscalation', resolution, rationale, evidence }, state),
    });
  }
}
