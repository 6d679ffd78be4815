import { CURRENT_FRAMEWORK, findScaleLevel, isOverdue, levelOfAverage, trendOf, type Framework } from '@nsf/domain';
import type { CycleRow, HallmarkLevelRow, OverviewRows } from '@nsf/projections';
import type { HallmarkStandingModel } from './models/hallmark-standing.model';
import type { OverviewRowModel } from './models/overview-row.model';
import { TrendEnum } from './models/trend.enum';

/** A partnership's row of the overview, but for what depends on the instant asked about. */
export interface StandingRow extends Omit<OverviewRowModel, 'overdue'> {
  /** The latest cycle's status as the read model spells it, for the overdue rule. */
  readonly cycleStatus: CycleRow['status'] | null;
}

/**
 * The overview's rows with the domain's rules for level and trend applied: everything the answer
 * shows that the rows alone decide, so it can be kept with them (cache/overview-cache.ts).
 */
export function standingsOf(rows: OverviewRows, framework: Framework = CURRENT_FRAMEWORK): StandingRow[] {
  const levels = new Map<string, HallmarkLevelRow>();
  for (const level of rows.levels) levels.set(`${level.partnershipId}/${level.hallmarkId}`, level);
  const cycles = new Map(rows.cycles.map((cycle) => [cycle.partnershipId, cycle]));

  return rows.partnerships.map((partnership): StandingRow => {
    const cycle = cycles.get(partnership.partnershipId);
    return {
      ...partnership,
      hallmarks: framework.hallmarks.map((hallmark) =>
        standing(hallmark.id, levels.get(`${partnership.partnershipId}/${hallmark.id}`), framework),
      ),
      cycle: cycle ? { period: cycle.period, status: cycle.status.toUpperCase() } : null,
      cycleStatus: cycle?.status ?? null,
      returned: cycle?.status === 'returned',
      priority: rows.priority.has(partnership.partnershipId),
      openSupport: rows.openSupport.get(partnership.partnershipId) ?? 0,
    };
  });
}

/** Whether a partnership's latest cycle is overdue at `instant` (ISO 8601): what the instant adds to its standing. */
export function isOverdueAt(row: StandingRow, instant: string): boolean {
  return row.cycle !== null && row.cycleStatus !== null && isOverdue(row.cycle.period, row.cycleStatus, instant);
}

function standing(hallmarkId: string, row: HallmarkLevelRow | undefined, framework: Framework): HallmarkStandingModel {
  if (!row) return { hallmarkId, period: null, average: null, level: null, label: null, trend: null };
  const level = levelOfAverage(row.average);
  return {
    hallmarkId,
    period: row.period,
    average: row.average,
    level,
    label: findScaleLevel(level, framework)?.label ?? null,
    trend: TrendEnum[trendOf(row.previousAverage, row.average)],
  };
}
