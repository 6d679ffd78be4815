import type { HallmarkStanding, OverviewRow } from './overview.query';
import { BY_NAME, nextSort, sortRows } from './overview-sort';

function standing(hallmarkId: string, average: number | null): HallmarkStanding {
  return {
    hallmarkId,
    period: average === null ? null : '2009-10',
    average,
    level: average === null ? null : Math.round(average),
    label: null,
    trend: null,
  };
}

function row(name: string, changes: Partial<OverviewRow> = {}): OverviewRow {
  return {
    partnershipId: name.toLowerCase(),
    name,
    type: 'CDRP',
    region: 'NORTH_WEST',
    hallmarks: [standing('leadership', null)],
    cycle: null,
    overdue: false,
    returned: false,
    priority: false,
    openSupport: 0,
    ...changes,
  };
}

const names = (rows: readonly OverviewRow[]) => rows.map((r) => r.name);

describe('sorting the overview', () => {
  const allerdale = row('Allerdale', { hallmarks: [standing('leadership', 3.5)], openSupport: 2 });
  const bolton = row('Bolton', { hallmarks: [standing('leadership', 1.25)], priority: true });
  const carlisle = row('Carlisle', { cycle: { period: '2009-10', status: 'SUBMITTED' }, overdue: true });
  const rows = [carlisle, allerdale, bolton];

  it('orders by name, A to Z and back, ignoring case', () => {
    expect(names(sortRows([row('bury'), ...rows], BY_NAME))).toEqual(['Allerdale', 'Bolton', 'bury', 'Carlisle']);
    expect(names(sortRows(rows, { ...BY_NAME, direction: 'descending' }))).toEqual(['Carlisle', 'Bolton', 'Allerdale']);
  });

  it('orders by a hallmark with "not assessed" below every level', () => {
    const byLeadership = { column: { kind: 'hallmark', hallmarkId: 'leadership' } } as const;
    expect(names(sortRows(rows, { ...byLeadership, direction: 'ascending' }))).toEqual([
      'Carlisle',
      'Bolton',
      'Allerdale',
    ]);
    expect(names(sortRows(rows, { ...byLeadership, direction: 'descending' }))).toEqual([
      'Allerdale',
      'Bolton',
      'Carlisle',
    ]);
  });

  it('breaks ties by name, A to Z, whichever the direction', () => {
    const unassessed = [row('Wigan'), row('Bury'), row('Oldham')];
    const byPriority = { column: { kind: 'priority' }, direction: 'descending' } as const;
    expect(names(sortRows(unassessed, byPriority))).toEqual(['Bury', 'Oldham', 'Wigan']);
  });

  it('orders by the flags, support and cycle columns', () => {
    expect(names(sortRows(rows, { column: { kind: 'priority' }, direction: 'descending' }))[0]).toBe('Bolton');
    expect(names(sortRows(rows, { column: { kind: 'openSupport' }, direction: 'descending' }))[0]).toBe('Allerdale');
    expect(names(sortRows(rows, { column: { kind: 'flags' }, direction: 'descending' }))[0]).toBe('Carlisle');
    expect(names(sortRows(rows, { column: { kind: 'cycle' }, direction: 'descending' }))[0]).toBe('Carlisle');
  });

  it('leaves the rows it was given as they were', () => {
    sortRows(rows, { ...BY_NAME, direction: 'descending' });
    expect(names(rows)).toEqual(['Carlisle', 'Allerdale', 'Bolton']);
  });
});

describe('choosing a sort from a column header', () => {
  const leadership = { kind: 'hallmark', hallmarkId: 'leadership' } as const;

  it('starts a new column ascending', () => {
    expect(nextSort(BY_NAME, leadership)).toEqual({ column: leadership, direction: 'ascending' });
  });

  it('turns the same column round on each press', () => {
    const once = nextSort(BY_NAME, { kind: 'name' });
    expect(once.direction).toBe('descending');
    expect(nextSort(once, { kind: 'name' }).direction).toBe('ascending');
  });

  it('tells hallmarks apart', () => {
    const byLeadership = nextSort(BY_NAME, leadership);
    expect(nextSort(byLeadership, { kind: 'hallmark', hallmarkId: 'skills' })).toEqual({
      column: { kind: 'hallmark', hallmarkId: 'skills' },
      direction: 'ascending',
    });
  });
});
