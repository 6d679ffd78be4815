import { atLeast, atMost, median, medianRatio, percentile, round } from './statistics';

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('refuses no values', () => {
    expect(() => median([])).toThrow('the median of no values');
  });
});

describe('percentile (nearest rank)', () => {
  const latencies = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose

  it('is a value that was observed, whatever the order given', () => {
    expect(percentile(latencies, 50)).toBe(50);
    expect(percentile(latencies, 99)).toBe(99);
    expect(percentile(latencies, 100)).toBe(100);
    expect(percentile([0.31, 0.29, 5.2], 50)).toBe(0.31);
  });

  it('takes the smallest value that at least p % of the values do not exceed', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 51)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 1000], 99)).toBe(1000);
    expect(percentile([42], 1)).toBe(42);
  });

  it('refuses no values and percentiles out of range', () => {
    expect(() => percentile([], 50)).toThrow('a percentile of no values');
    expect(() => percentile([1], 0)).toThrow('percentile must be in (0, 100], got 0');
    expect(() => percentile([1], 101)).toThrow('percentile must be in (0, 100], got 101');
  });
});

describe('medianRatio', () => {
  it('is the median of each round’s ratio, not the ratio of the medians', () => {
    // Round 2 ran while the machine was busy: both slowed alike.
    expect(medianRatio([10, 2, 9], [20, 4, 10])).toBe(0.5);
    expect(median([10, 2, 9]) / median([20, 4, 10])).toBe(0.9);
  });

  it('needs one value of each per round', () => {
    expect(() => medianRatio([1, 2], [1])).toThrow('one value per round');
  });
});

describe('targets', () => {
  it('a rate must be at least the minimum ratio', () => {
    expect(atLeast('rebuild ≥ 0.5× raw copy', 0.5, 0.5)).toEqual({
      target: 'rebuild ≥ 0.5× raw copy',
      ratio: 0.5,
      met: true,
    });
    expect(atLeast('rebuild ≥ 0.5× raw copy', 0.494, 0.5)).toEqual({
      target: 'rebuild ≥ 0.5× raw copy',
      ratio: 0.49,
      met: false,
    });
  });

  it('a latency must be at most the maximum ratio', () => {
    expect(atMost('p50 ≤ 2× trivial', 2, 2).met).toBe(true);
    expect(atMost('p50 ≤ 2× trivial', 2.01, 2)).toEqual({ target: 'p50 ≤ 2× trivial', ratio: 2.01, met: false });
  });

  it('judges the ratio it reports, so a reader never sees 2 next to "not met"', () => {
    expect(atMost('p50 ≤ 2× trivial', 2.004, 2)).toEqual({ target: 'p50 ≤ 2× trivial', ratio: 2, met: true });
    expect(atLeast('rebuild ≥ 0.5× raw copy', 0.496, 0.5)).toEqual({
      target: 'rebuild ≥ 0.5× raw copy',
      ratio: 0.5,
      met: true,
    });
  });

  it('rounds for the report', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(1.23456, 3)).toBe(1.235);
  });
});
