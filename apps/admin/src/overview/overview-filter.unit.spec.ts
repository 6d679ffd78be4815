import { filterRows, isFiltered, NO_FILTER } from './overview-filter';

const rows = [
  { name: 'Allerdale', overdue: true, returned: false, priority: true },
  { name: 'St. Helens', overdue: false, returned: true, priority: false },
  { name: 'Ynys Môn', overdue: true, returned: false, priority: false },
];
const names = (found: readonly { name: string }[]) => found.map((row) => row.name);

describe('filtering the overview', () => {
  it('keeps every row without a filter', () => {
    expect(filterRows(rows, NO_FILTER)).toEqual(rows);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it('finds part of a name, whatever its case, accents or punctuation', () => {
    expect(names(filterRows(rows, { ...NO_FILTER, name: 'aLLer' }))).toEqual(['Allerdale']);
    expect(names(filterRows(rows, { ...NO_FILTER, name: 'ynys mon' }))).toEqual(['Ynys Môn']);
    expect(names(filterRows(rows, { ...NO_FILTER, name: 'st helens' }))).toEqual(['St. Helens']);
    expect(filterRows(rows, { ...NO_FILTER, name: 'Wigan' })).toEqual([]);
  });

  it('keeps only the rows carrying each ticked flag', () => {
    expect(names(filterRows(rows, { ...NO_FILTER, overdue: true }))).toEqual(['Allerdale', 'Ynys Môn']);
    expect(names(filterRows(rows, { ...NO_FILTER, returned: true }))).toEqual(['St. Helens']);
    expect(names(filterRows(rows, { ...NO_FILTER, overdue: true, priority: true }))).toEqual(['Allerdale']);
  });

  it('combines the name with the flags', () => {
    const filter = { ...NO_FILTER, name: 'ynys', overdue: true };
    expect(names(filterRows(rows, filter))).toEqual(['Ynys Môn']);
    expect(isFiltered(filter)).toBe(true);
  });
});
