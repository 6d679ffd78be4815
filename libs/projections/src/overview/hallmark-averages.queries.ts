import type { SqlQueryable } from '@nsf/sql';

/**
 * How every region stood on each hallmark in given periods: the validated levels of the overview
 * read model, summed and counted per period, hallmark and region in one set-based query. Sums and
 * counts rather than averages, so a caller can add regions up into the nation without averaging
 * averages.
 */
export interface RegionHallmarkTotal {
  period: string;
  hallmarkId: string;
  region: string;
  /** Sum of the partnerships' average effective levels. */
  total: number;
  /** How many partnerships had a validated level. */
  partnerships: number;
}

export async function readRegionHallmarkTotals(
  db: SqlQueryable,
  periods: readonly string[],
  hallmarkId: string | null,
): Promise<RegionHallmarkTotal[]> {
  if (periods.length === 0) return [];
  const { rows } = await db.query<{
    period: string;
    hallmark_id: string;
    region: string;
    total: string;
    partnerships: string;
  }>(
    `SELECT l.period, l.hallmark_id, p.region, sum(l.average)::text AS total, count(*)::text AS partnerships
       FROM rm_overview_hallmark_levels l JOIN rm_partnerships p USING (partnership_id)
      WHERE l.period = ANY($1::text[]) AND ($2::text IS NULL OR l.hallmark_id = $2)
      GROUP BY l.period, l.hallmark_id, p.region`,
    [periods, hallmarkId],
  );
  return rows.map((row) => ({
    period: row.period,
    hallmarkId: row.hallmark_id,
    region: row.region,
    total: Number(row.total),
    partnerships: Number(row.partnerships),
  }));
}
