import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, SQL_DATABASE, readPartnership, type CommandOutcome } from '@nsf/api-core';
import { decideMergePartnerships, mayDecideOnPartnership, type PartnershipState } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import type { SqlDatabase } from '@nsf/sql';
import { REGION_OR_NATIONAL_ONLY, decideOnPartnership } from '../decide-on-partnership';
import { MergePartnershipsCommand } from './merge-partnerships.command';

/**
 * The merger is appended to the merging partnership's stream only, so it is atomic; the
 * successor's stream is read for the rules about it (registered, not merged, same region).
 */
@CommandHandler(MergePartnershipsCommand)
export class MergePartnershipsHandler implements ICommandHandler<MergePartnershipsCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  async execute(command: MergePartnershipsCommand): Promise<CommandOutcome<PartnershipState>> {
    const { successorId, rationale, evidence } = command;
    const successor = await readPartnership(this.store, successorId);
    return decideOnPartnership({
      store: this.store,
      partnershipId: command.partnershipId,
      envelope: command.envelope,
      evidence: { db: this.db, ids: command.evidence },
      allowed: mayDecideOnPartnership,
      refusal: REGION_OR_NATIONAL_ONLY,
      decide: (state) =>
        decideMergePartnerships({ type: 'MergePartnerships', successorId, successor, rationale, evidence }, state),
    });
  }
}
