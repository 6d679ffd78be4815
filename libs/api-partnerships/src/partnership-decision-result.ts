import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, SQL_DATABASE, graphQLErrorFor, type CommandOutcome } from '@nsf/api-core';
import { partnershipStreamId, type PartnershipState } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { findPredecessorIds } from '@nsf/projections';
import type { SqlDatabase } from '@nsf/sql';
import { PartnershipModel } from './models/partnership.model';

/**
 * What every decision about a partnership answers with: the partnership after the command, or its
 * typed error. Its decisions come from its stream, so they are current; when it was registered is
 * its stream's first event; the partnerships merged into it are recorded on their own streams, so
 * they come from the directory.
 */
@Injectable()
export class PartnershipDecisionResult {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  async of(outcome: CommandOutcome<PartnershipState>): Promise<PartnershipModel> {
    if (!outcome.ok) throw graphQLErrorFor(outcome.error);
    const { state } = outcome;
    if (state.status !== 'registered') throw new Error('a decision about a partnership left it unregistered');
    const [[registration], predecessorIds] = await Promise.all([
      this.store.readStream(partnershipStreamId(state.partnershipId), { maxCount: 1 }),
      findPredecessorIds(this.db, state.partnershipId),
    ]);
    return PartnershipModel.fromState(state, registration.occurredAt, predecessorIds);
  }
}
