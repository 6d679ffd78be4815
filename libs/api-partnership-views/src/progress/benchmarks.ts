import type { RegionHallmarkTotal } from '@nsf/projections';

/** The region's and the nation's mean level for a period and hallmark, to two decimals. */
export interface Benchmark {
  readonly regionAverage: number | null;
  readonly nationalAverage: number | null;
}

const mean = (total: number, count: number): number | null =>
  count === 0 ? null : Math.round((total * 100) / count) / 100;

/**
 * Adds the regions' totals up into the nation (a mean over every partnership, not a mean of the
 * regions' means) and picks the partnership's region out, per period and hallmark.
 */
export function benchmarksOf(totals: readonly RegionHallmarkTotal[], region: string): Map<string, Benchmark> {
  const sums = new Map<string, { region: [number, number]; nation: [number, number] }>();
  for (const row of totals) {
    const key = benchmarkKey(row.period, row.hallmarkId);
    const sum = sums.get(key) ?? { region: [0, 0], nation: [0, 0] };
    sum.nation = [sum.nation[0] + row.total, sum.nation[1] + row.partnerships];
    if (row.region === region) sum.region = [sum.region[0] + row.total, sum.region[1] + row.partnerships];
    sums.set(key, sum);
  }
  return new Map(
    [...sums].map(([key, sum]) => [key, { regionAverage: mean(...sum.region), nationalAverage: mean(...sum.nation) }]),
  );
}

export const benchmarkKey = (period: string, hallmarkId: string): string => `${period}/${hallmarkId}`;
