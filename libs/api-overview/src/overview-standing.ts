import { CURRENT_FRAMEWORK, findScaleLevel, isOverdue, levelOfAverage, trendOf, type Framework } from '@nsf/domain';
import type { HallmarkLevelRow, OverviewRows } from '@nsf/projections';
import { OverviewModel } from './models/overview.model';
import type { HallmarkStandingModel } from './models/hallmark-standing.model';
import type { OverviewRowModel } from './models/overview-row.model';
import { TrendEnum } from './models/trend.enum';

/** Turns the read model's rows into the overview, with the domain's rules for level, trend and overdue. */
export function overviewOf(
  rows: OverviewRows,
  region: string | null,
  asOf: Date,
  framework: Framework = CURRENT_FRAMEWORK,
): OverviewModel {
  const levels = new Map<string, HallmarkLevelRow>();
  for (const level of rows.levels) levels.set(`${level.partnershipId}/${level.hallmarkId}`, level);
  const cycles = new Map(rows.cycles.map((cycle) => [cycle.partnershipId, cycle]));
  const instant = asOf.toISOString();

  const partnerships = rows.partnerships.map((partnership): OverviewRowModel => {
    const cycle = cycles.get(partnership.partnershipId);
    return {
      ...partnership,
      hallmarks: framework.hallmarks.map((hallmark) =>
        standing(hallmark.id, levels.get(`${partnership.partnershipId}/${hallmark.id}`), framework),
      ),
      cycle: cycle ? { period: cycle.period, status: cycle.status.toUpperCase() } : null,
      overdue: cycle ? isOverdue(cycle.period, cycle.status, instant) : false,
      returned: cycle?.status === 'returned',
      priority: rows.priority.has(partnership.partnershipId),
      openSupport: rows.openSupport.get(partnership.partnershipId) ?? 0,
    };
  });
  return Object.assign(new OverviewModel(), { region, asOf, partnerships });
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
