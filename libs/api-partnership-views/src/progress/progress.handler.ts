import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, SQL_DATABASE } from '@nsf/api-core';
import { progressOf, replayPartnershipHistory } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { readRegionHallmarkTotals } from '@nsf/projections';
import type { SqlDatabase } from '@nsf/sql';
import { readPartnershipEvents } from '../partnership-events';
import { viewedPartnership } from '../viewed-partnership';
import { benchmarkKey, benchmarksOf } from './benchmarks';
import { ProgressQuery, type ProgressLookup } from './progress.query';

/**
 * The partnership's own points come from a replay of its assessments; the region's and the
 * nation's from the overview read model, in one grouped query for all the periods at once.
 */
@QueryHandler(ProgressQuery)
export class ProgressHandler implements IQueryHandler<ProgressQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  async execute(query: ProgressQuery): Promise<ProgressLookup> {
    const access = await viewedPartnership(this.store, query.actor, query.partnershipId);
    if (!access.ok) return access;
    const events = await readPartnershipEvents(this.store, this.db, query.partnershipId);
    const history = replayPartnershipHistory(query.partnershipId, events, query.now.toISOString());
    const points = progressOf(history.assessments, query.hallmarkId);
    const periods = [...new Set(points.map((point) => point.period))];
    const totals = await readRegionHallmarkTotals(this.db, periods, query.hallmarkId);
    const benchmarks = benchmarksOf(totals, access.partnership.region);
    return {
      ok: true,
      points: points.map((point) => ({
        ...point,
        ...(benchmarks.get(benchmarkKey(point.period, point.hallmarkId)) ?? {
          regionAverage: null,
          nationalAverage: null,
        }),
      })),
    };
  }
}
