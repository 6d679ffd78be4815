import { toCsv } from '../csv/csv';
import { overviewCsvColumns } from './overview-csv';
import type { OverviewRow } from './overview.query';

const HALLMARKS = [
  { id: 'leadership', number: 1, title: 'Empowered & Effective Leadership' },
  { id: 'communities', number: 3, title: 'Engaged Communities' },
];

const ROW: OverviewRow = {
  partnershipId: 'north_west-allerdale-cdrp',
  name: 'Allerdale CDRP',
  type: 'CDRP',
  region: 'NORTH_WEST',
  hallmarks: [
    { hallmarkId: 'leadership', period: '2010-11', average: 1.3, level: 1, label: 'Not yet in place', trend: 'UP' },
  ],
  cycle: { period: '2011-12', status: 'OPEN' },
  overdue: false,
  returned: false,
  priority: true,
  openSupport: 1,
};

describe('the overview as CSV', () => {
  it('has each hallmark’s level and average, then the cycle, flags and open support', () => {
    const csv = toCsv(
      overviewCsvColumns(HALLMARKS, (code) => (code === 'NORTH_WEST' ? 'North West' : code)),
      [ROW],
    );
    const [header, record] = csv.split('\r\n');
    expect(header).toBe(
      'Partnership,Type,Region,Empowered & Effective Leadership level,Empowered & Effective Leadership average,' +
        'Engaged Communities level,Engaged Communities average,Current cycle,Cycle status,Overdue,Returned,Priority,Open support',
    );
    expect(record).toBe('Allerdale CDRP,CDRP,North West,Not yet in place,1.3,Not assessed,,2011-12,Open,No,No,Yes,1');
  });
});
