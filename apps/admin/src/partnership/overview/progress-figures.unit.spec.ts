import { hallmarkProgress, progressSeries, progressSummary } from './progress-figures';
import type { ProgressPoint } from './progress.query';

function point(period: string, hallmarkId: string, averages: Partial<ProgressPoint> = {}): ProgressPoint {
  return {
    assessmentId: `allerdale-${period}`,
    period,
    hallmarkId,
    effectiveAverage: 2,
    selfAverage: 2,
    reviewAverage: null,
    regionAverage: 2.5,
    nationalAverage: 2.6,
    ...averages,
  };
}

const NAMES = { partnership: 'Allerdale CDRP', region: 'North West' };
const SCALE = [
  { level: 1, label: 'Not yet in place' },
  { level: 2, label: 'Developing' },
  { level: 3, label: 'Established' },
  { level: 4, label: 'Excelling' },
];

describe('a hallmark’s progress', () => {
  const points = [
    point('2010-11', 'communities', { effectiveAverage: 1.67, regionAverage: 2.64, nationalAverage: 2.63 }),
    point('2009-10', 'communities', { effectiveAverage: 2, regionAverage: 2.39, nationalAverage: 2.43 }),
    point('2009-10', 'leadership'),
  ];

  it('is that hallmark’s points alone, oldest period first', () => {
    expect(hallmarkProgress(points, 'communities').map((row) => row.period)).toEqual(['2009-10', '2010-11']);
  });

  it('is drawn as the partnership’s line beside its region’s and the nation’s', () => {
    expect(progressSeries(hallmarkProgress(points, 'communities'), NAMES)).toEqual([
      { name: 'Allerdale CDRP', values: [2, 1.67] },
      { name: 'North West average', values: [2.39, 2.64] },
      { name: 'England and Wales average', values: [2.43, 2.63] },
    ]);
  });

  it('is told in one sentence per line, with the scale it is measured on', () => {
    expect(progressSummary('Engaged Communities', hallmarkProgress(points, 'communities'), NAMES, SCALE)).toBe(
      'Engaged Communities, average validated level by period, 2009-10 to 2010-11, on a scale of 1 (Not yet in place) to 4 (Excelling). ' +
        'Allerdale CDRP: 2.00, then 1.67. North West average: 2.39, then 2.64. England and Wales average: 2.43, then 2.63.',
    );
  });

  it('says “none” for a missing average and names a single period', () => {
    const single = [point('2009-10', 'skills', { regionAverage: null })];
    expect(progressSummary('Appropriate Skills & Knowledge', single, NAMES, SCALE)).toContain(
      'average validated level in 2009-10,',
    );
    expect(progressSummary('Appropriate Skills & Knowledge', single, NAMES, SCALE)).toContain(
      'North West average: none.',
    );
  });

  it('says so when nothing is validated yet', () => {
    expect(progressSummary('Engaged Communities', [], NAMES, SCALE)).toBe(
      'Engaged Communities: no validated assessment yet.',
    );
  });
});
