// A hallmark's average score as people read it: two decimals, so 1.3 and 1.33 line up in a column.

export function formatAverage(average: number | null | undefined): string | null {
  return average === null || average === undefined || !Number.isFinite(average) ? null : average.toFixed(2);
}
