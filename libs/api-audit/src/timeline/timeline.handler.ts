import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, PLATFORM_CLOCK, SQL_DATABASE, recordAuditorRead, type Clock } from '@nsf/api-core';
import { tellStory } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { readTimeline } from '@nsf/projections';
import type { SqlDatabase } from '@nsf/sql';
import { checkHistoryAccess } from '../history-access';
import { TimelineQuery, type TimelineResult } from './timeline.query';

/**
 * A partnership's improvement story, newest first, each event told in plain words (see @nsf/domain's
 * tellStory). An auditor's read is recorded before it is answered.
 */
@QueryHandler(TimelineQuery)
export class TimelineHandler implements IQueryHandler<TimelineQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(PLATFORM_CLOCK) private readonly clock: Clock,
  ) {}

  async execute(query: TimelineQuery): Promise<TimelineResult> {
    const access = await checkHistoryAccess({
      store: this.store,
      actor: query.actor,
      subject: { partnershipId: query.partnershipId },
      tenantOfStream: () => Promise.resolve(undefined),
    });
    if (!access.ok) return access;
    const page = await readTimeline(this.db, this.store, access.tenantId, query.types, query.page);
    await recordAuditorRead(this.store, query.actor, this.clock.now(), {
      read: 'TIMELINE',
      partnershipId: access.tenantId,
      streamId: null,
      from: null,
      to: null,
      first: query.page.first,
      after: query.page.after ? JSON.stringify(query.page.after) : null,
    });
    return {
      ok: true,
      items: page.rows.map((row) => ({ row, story: tellStory(row) })),
      hasNextPage: page.hasNextPage,
    };
  }
}
