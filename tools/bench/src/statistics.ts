/**
 * The arithmetic of the benchmarks, kept apart from anything that measures so it can be tested:
 * medians, latency percentiles, ratios to a baseline measured in the same run, and whether a
 * target is met.
 */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('the median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The nearest-rank percentile (0 < p ≤ 100) of the values: the smallest value that at least p %
 * of the values do not exceed. No interpolation, so it is always a latency that was observed.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('a percentile of no values');
  if (!(p > 0 && p <= 100)) throw new Error(`percentile must be in (0, 100], got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1];
}

/** Rounds to `digits` decimal places, for reporting. */
export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/**
 * The median of the per-round ratios of ours to the baseline. Each round measures both close
 * together in time, so a busy neighbour on a shared machine slows both alike and the ratio of a
 * round is steadier than the ratio of the two medians.
 */
export function medianRatio(ours: readonly number[], baseline: readonly number[]): number {
  if (ours.length !== baseline.length) throw new Error('ours and the baseline need one value per round each');
  return median(ours.map((value, round) => value / baseline[round]));
}

/** A target as the issue states it, and whether the measured ratio meets it. */
export interface TargetCheck {
  /** e.g. "rebuild ≥ 0.5× raw copy". */
  readonly target: string;
  readonly ratio: number;
  readonly met: boolean;
}

/** At least `minimum` × the baseline (rates: higher is better). The reported ratio is the one judged. */
export function atLeast(target: string, ratio: number, minimum: number): TargetCheck {
  const reported = round(ratio);
  return { target, ratio: reported, met: reported >= minimum };
}

/** At most `maximum` × the baseline (latencies: lower is better). The reported ratio is the one judged. */
export function atMost(target: string, ratio: number, maximum: number): TargetCheck {
  const reported = round(ratio);
  return { target, ratio: reported, met: reported <= maximum };
}
