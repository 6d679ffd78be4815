// One hallmark's progress, shaped for the chart and its table, and told in one sentence for
// those who cannot see the chart.
import { formatAverage } from '../../framework/average';
import type { ProgressPoint } from './progress.query';

export interface ProgressNames {
  /** The partnership, e.g. "Allerdale CDRP". */
  readonly partnership: string;
  /** Its region, e.g. "North West". */
  readonly region: string;
}

export interface ProgressSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

/** The hallmark's points, oldest period first. */
export function hallmarkProgress(points: readonly ProgressPoint[], hallmarkId: string): readonly ProgressPoint[] {
  return points.filter((point) => point.hallmarkId === hallmarkId).sort((a, b) => a.period.localeCompare(b.period));
}

/** The three lines: the partnership's validated level, its region's average and the nation's. */
export function progressSeries(rows: readonly ProgressPoint[], names: ProgressNames): readonly ProgressSeries[] {
  return [
    { name: names.partnership, values: rows.map((row) => row.effectiveAverage) },
    { name: `${names.region} average`, values: rows.map((row) => row.regionAverage) },
    { name: 'England and Wales average', values: rows.map((row) => row.nationalAverage) },
  ];
}

/**
 * The chart in words: what it shows and each line's values in order, e.g. "Engaged Communities,
 * average validated level by period, 2009-10 to 2010-11, on a scale of 1 (Not yet in place) to
 * 4 (Excelling). Allerdale CDRP: 2.00, then 1.67. …".
 */
export function progressSummary(
  hallmarkTitle: string,
  rows: readonly ProgressPoint[],
  names: ProgressNames,
  scale: readonly { readonly level: number; readonly label: string }[],
): string {
  const first = rows[0]?.period;
  const last = rows[rows.length - 1]?.period;
  if (!first || !last) return `${hallmarkTitle}: no validated assessment yet.`;
  const periods = first === last ? `in ${first}` : `by period, ${first} to ${last}`;
  const lowest = scale[0];
  const highest = scale[scale.length - 1];
  const onScale =
    lowest && highest ? `, on a scale of ${lowest.level} (${lowest.label}) to ${highest.level} (${highest.label})` : '';
  const lines = progressSeries(rows, names).map(
    (series) => `${series.name}: ${series.values.map((value) => formatAverage(value) ?? 'none').join(', then ')}.`,
  );
  return [`${hallmarkTitle}, average validated level ${periods}${onScale}.`, ...lines].join(' ');
}
