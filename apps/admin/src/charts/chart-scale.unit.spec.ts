import { categoryPositions, linearScale, linePath, seriesPoints, valueDomain } from './chart-scale';

describe('a linear scale', () => {
  it('maps the ends of the domain onto the ends of the range, and between them in proportion', () => {
    // Levels 1 to 4 drawn upwards: SVG's y grows downwards, so the range runs from bottom to top.
    const y = linearScale([1, 4], [260, 20]);
    expect(y(1)).toBe(260);
    expect(y(4)).toBe(20);
    expect(y(2.5)).toBe(140);
  });

  it('puts every value in the middle when the domain has no width', () => {
    expect(linearScale([2, 2], [0, 100])(7)).toBe(50);
  });
});

describe('category positions', () => {
  it('spread evenly from end to end', () => {
    expect(categoryPositions(3, [100, 500])).toEqual([100, 300, 500]);
  });

  it('put a single category in the middle, and none for none', () => {
    expect(categoryPositions(1, [100, 500])).toEqual([300]);
    expect(categoryPositions(0, [100, 500])).toEqual([]);
  });
});

describe('a line through a series', () => {
  const y = linearScale([1, 4], [300, 0]);

  it('joins every point in order', () => {
    const points = seriesPoints([1, 2.5, 4], [0, 50, 100], y);
    expect(points).toEqual([
      { x: 0, y: 300 },
      { x: 50, y: 150 },
      { x: 100, y: 0 },
    ]);
    expect(linePath(points)).toBe('M0 300 L50 150 L100 0');
  });

  it('breaks where a value is missing instead of drawing across the gap', () => {
    const points = seriesPoints([1, null, 2.5, 4], [0, 10, 20, 30], y);
    expect(points[1]).toBeNull();
    expect(linePath(points)).toBe('M0 300 M20 150 L30 0');
  });

  it('is empty when no value is known, and rounds to hundredths', () => {
    expect(linePath(seriesPoints([null, null], [0, 1], y))).toBe('');
    expect(linePath([{ x: 1 / 3, y: 2 / 3 }])).toBe('M0.33 0.67');
  });
});

describe('the value domain', () => {
  it('is the scale itself when every value lies on it', () => {
    expect(valueDomain([1, 4], [1.3, null, 2.72])).toEqual([1, 4]);
  });

  it('widens to take in a value outside the scale', () => {
    expect(valueDomain([1, 4], [0.5, 4.5])).toEqual([0.5, 4.5]);
  });
});
