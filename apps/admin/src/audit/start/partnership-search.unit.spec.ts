import { matchingPartnerships } from './partnership-search';

const partnerships = [
  { id: 'wales-ynys-mon-csp', name: 'Ynys Môn CSP' },
  { id: 'north_west-allerdale-cdrp', name: 'Allerdale CDRP' },
  { id: 'north_west-barrow-in-furness-cdrp', name: 'Barrow-in-Furness CDRP' },
  { id: 'north_west-cumbria-daat', name: 'Cumbria DAAT' },
];

const names = (query: string) => matchingPartnerships(partnerships, query).map((partnership) => partnership.name);

describe('finding a partnership by name', () => {
  it('matches part of a name whatever its case', () => {
    expect(names('allerdale')).toEqual(['Allerdale CDRP']);
    expect(names('CDRP')).toEqual(['Allerdale CDRP', 'Barrow-in-Furness CDRP']);
  });

  it('ignores accents and punctuation', () => {
    expect(names('ynys mon')).toEqual(['Ynys Môn CSP']);
    expect(names('barrow in furness')).toEqual(['Barrow-in-Furness CDRP']);
  });

  it('needs every word typed, in any order', () => {
    expect(names('cdrp barrow')).toEqual(['Barrow-in-Furness CDRP']);
    expect(names('barrow daat')).toEqual([]);
  });

  it('finds nothing for nothing typed', () => {
    expect(names('  ')).toEqual([]);
    expect(names('-')).toEqual([]);
  });
});
