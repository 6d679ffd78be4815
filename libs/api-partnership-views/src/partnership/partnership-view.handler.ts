import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, PLATFORM_CLOCK, SQL_DATABASE, recordAuditorRead, type Clock } from '@nsf/api-core';
import { notFound, partnershipViewAsOf } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import type { SqlDatabase } from '@nsf/sql';
import { readPartnershipEvents } from '../partnership-events';
import { viewedPartnership } from '../viewed-partnership';
import { PartnershipViewQuery, type PartnershipViewLookup } from './partnership-view.query';

/**
 * A partnership as of an instant, answered by a replay of its streams up to that instant, so the
 * answer is what the history says by construction, not a read model that could drift from it.
 * An auditor's read is recorded before it is answered.
 */
@QueryHandler(PartnershipViewQuery)
export class PartnershipViewHandler implements IQueryHandler<PartnershipViewQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  async execute(query: PartnershipViewQuery): Promise<PartnershipViewLookup> {
    const access = await viewedPartnership(this.store, query.actor, query.partnershipId);
    if (!access.ok) return access;
    const events = await readPartnershipEvents(this.store, this.db, query.partnershipId);
    const asOf = query.asOf.toISOString();
    const view = partnershipViewAsOf(query.partnershipId, events, asOf);
    if (!view) return { ok: false, error: notFound(`“${query.partnershipId}” was not yet registered at ${asOf}.`) };
    // Replaying a history is what auditors do; what they replayed, and as of when, is on record.
    await recordAuditorRead(this.store, query.actor, this.clock.now(), {
      read: 'PARTNERSHIP_AS_OF',
      partnershipId: query.partnershipId,
      streamId: null,
      from: null,
      to: asOf,
      first: null,
      after: null,
    });
    return { ok: true, view };
  }
}
