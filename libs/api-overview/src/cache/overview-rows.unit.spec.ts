import type { StandingRow } from '../overview-standing';
import { OverviewRows } from './overview-rows';

function standing(
  partnershipId: string,
  cycle: StandingRow['cycle'],
  cycleStatus: StandingRow['cycleStatus'],
): StandingRow {
  return {
    partnershipId,
    name: partnershipId,
    type: 'CDRP',
    region: 'NORTH_WEST',
    hallmarks: [],
    cycle,
    cycleStatus,
    returned: false,
    priority: false,
    openSupport: 0,
  };
}

/** One cycle open for 2011-12 (overdue once the period has ended), one submitted, one never opened. */
const standings: readonly StandingRow[] = [
  standing('open', { period: '2011-12', status: 'OPEN' }, 'open'),
  standing('submitted', { period: '2011-12', status: 'SUBMITTED' }, 'submitted'),
  standing('none', null, null),
];
const DURING = new Date('2012-02-01T09:00:00Z');
const LATER_DURING = new Date('2012-03-01T17:30:00Z');
const AFTER = new Date('2012-06-01T09:00:00Z');

describe('the overview’s rows at an instant', () => {
  it('adds each row’s overdue flag for the instant', () => {
    const rows = new OverviewRows();
    expect(rows.at(standings, DURING).map((row) => row.overdue)).toEqual([false, false, false]);
    expect(rows.at(standings, AFTER).map((row) => row.overdue)).toEqual([true, false, false]);
    expect(rows.at(standings, AFTER)[0]).toMatchObject({ partnershipId: 'open', cycle: { period: '2011-12' } });
  });

  it('gives the same array while no flag changes, and a new one when one does', () => {
    const rows = new OverviewRows();
    const during = rows.at(standings, DURING);
    expect(rows.at(standings, LATER_DURING)).toBe(during);
    const after = rows.at(standings, AFTER);
    expect(after).not.toBe(during);
    expect(rows.at(standings, AFTER)).toBe(after);
  });

  it('works the flags out once a day: later the same day it gives the same array unasked', () => {
    const rows = new OverviewRows();
    const morning = rows.at(standings, new Date('2012-04-01T00:00:00.000Z'));
    expect(morning.map((row) => row.overdue)).toEqual([true, false, false]);
    expect(rows.at(standings, new Date('2012-04-01T23:59:59.999Z'))).toBe(morning);
    // The day before the period's end: not overdue yet, a new array; the next day, the same flags again.
    const before = rows.at(standings, new Date('2012-03-31T23:59:59.999Z'));
    expect(before.map((row) => row.overdue)).toEqual([false, false, false]);
    expect(rows.at(standings, new Date('2012-03-30T08:00:00.000Z'))).toBe(before);
  });

  it('never gives one standings’ array for another’s', () => {
    const rows = new OverviewRows();
    const copy = standings.map((row) => ({ ...row }));
    expect(rows.at(copy, DURING)).not.toBe(rows.at(standings, DURING));
  });
});
