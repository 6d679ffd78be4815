// The arithmetic of a line chart, kept apart from its drawing so it can be tested: where a value
// falls on an axis, where each category sits, and the path through a series that has gaps.

export type Range = readonly [number, number];

export interface ChartPoint {
  readonly x: number;
  readonly y: number;
}

/** Maps [domain0, domain1] onto [range0, range1] linearly; a zero-width domain maps to the middle. */
export function linearScale(domain: Range, range: Range): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d0 === d1) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/**
 * Where each of `count` categories sits between two ends: spread evenly with the first and last
 * on the ends, and a single category in the middle.
 */
export function categoryPositions(count: number, range: Range): readonly number[] {
  const [r0, r1] = range;
  if (count <= 0) return [];
  if (count === 1) return [(r0 + r1) / 2];
  const step = (r1 - r0) / (count - 1);
  return Array.from({ length: count }, (_, index) => r0 + index * step);
}

/** The points of a series, null where it has no value, at the given x positions. */
export function seriesPoints(
  values: readonly (number | null)[],
  xs: readonly number[],
  y: (value: number) => number,
): readonly (ChartPoint | null)[] {
  return values.map((value, index) => {
    const x = xs[index];
    return value === null || x === undefined ? null : { x, y: y(value) };
  });
}

/**
 * An SVG path through the points: a line between neighbours, broken where a value is missing
 * rather than drawn across the gap as if it were known. Empty when there is nothing to join.
 */
export function linePath(points: readonly (ChartPoint | null)[]): string {
  const commands: string[] = [];
  let drawing = false;
  for (const point of points) {
    if (!point) {
      drawing = false;
      continue;
    }
    commands.push(`${drawing ? 'L' : 'M'}${round(point.x)} ${round(point.y)}`);
    drawing = true;
  }
  return commands.join(' ');
}

/** The domain to draw: the scale's own ends, widened if a value falls outside them. */
export function valueDomain(scale: Range, values: readonly (number | null)[]): Range {
  const known = values.filter((value): value is number => value !== null && Number.isFinite(value));
  return [Math.min(scale[0], ...known), Math.max(scale[1], ...known)];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
