import { hallmarkAverage, isOverdue, levelOfAverage, overdueDayOf, trendOf } from './standing';

describe('a hallmark’s standing', () => {
  it('averages effective scores to two decimals', () => {
    expect(hallmarkAverage([3, 2, 2])).toBe(2.33);
    expect(hallmarkAverage([4, 4, 3])).toBe(3.67);
    expect(hallmarkAverage([2])).toBe(2);
  });

  it('has no level without a scored criterion', () => {
    expect(() => hallmarkAverage([])).toThrow('no scored criteria');
  });

  it('shows as the nearest level of the scale', () => {
    expect([1.49, 1.5, 2.33, 3.67].map(levelOfAverage)).toEqual([1, 2, 2, 4]);
  });

  it('trends against the previous validated assessment', () => {
    expect(trendOf(null, 2)).toBe('NEW');
    expect(trendOf(2, 2.33)).toBe('UP');
    expect(trendOf(3, 2.5)).toBe('DOWN');
    expect(trendOf(2.5, 2.5)).toBe('SAME');
  });
});

describe('an overdue self-assessment', () => {
  it.each([
    ['open', '2010-04-01T00:00:00.000Z', true],
    ['returned', '2010-04-01T00:00:00.000Z', true],
    ['open', '2010-03-31T23:59:59.000Z', false],
    ['submitted', '2011-01-01T00:00:00.000Z', false],
    ['validated', '2011-01-01T00:00:00.000Z', false],
  ] as const)('when %s, as of %s: overdue %s', (status, asOf, overdue) => {
    expect(isOverdue('2009-10', status, asOf)).toBe(overdue);
  });

  // The overview gives its rows again all day on the strength of this (overview-rows.ts).
  it('is decided by the day alone: every instant of it, and the day itself, say the same', () => {
    for (const status of ['open', 'returned', 'submitted', 'validated'] as const) {
      for (const day of ['2010-03-31', '2010-04-01']) {
        const flags = ['00:00:00.000', '11:42:49.146', '23:59:59.999'].map((time) =>
          isOverdue('2009-10', status, `${day}T${time}Z`),
        );
        expect(flags).toEqual(flags.map(() => isOverdue('2009-10', status, overdueDayOf(`${day}T12:00:00.000Z`))));
      }
    }
    expect(overdueDayOf('2010-04-01T23:59:59.999Z')).toBe('2010-04-01');
  });
});
