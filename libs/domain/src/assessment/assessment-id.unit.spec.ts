import { assessmentIdFor, isPeriod, partnershipIdOfAssessment, periodEndsOn, previousPeriod } from './assessment-id';

describe('assessment ids', () => {
  it('names the partnership and the period', () => {
    expect(assessmentIdFor('north_west-allerdale-cdrp', '2009-10')).toBe('north_west-allerdale-cdrp-2009-10');
  });

  it('gives back the partnership of an id it made', () => {
    expect(partnershipIdOfAssessment(assessmentIdFor('wales-cardiff-csp', '2099-00'))).toBe('wales-cardiff-csp');
  });

  it.each(['north_west-allerdale-cdrp', 'north_west-allerdale-cdrp-2009-11', '-2009-10', ''])(
    'finds no partnership in “%s”',
    (id) => {
      expect(partnershipIdOfAssessment(id)).toBeNull();
    },
  );

  it.each([
    ['2009-10', true],
    ['1999-00', true],
    ['2009-11', false],
    ['2009-2010', false],
    ['09-10', false],
  ])('%s is a financial year: %s', (period, expected) => {
    expect(isPeriod(period)).toBe(expected);
  });

  it.each([
    ['2009-10', '2008-09'],
    ['2000-01', '1999-00'],
    ['2010-11', '2009-10'],
  ])('the year before %s is %s', (period, expected) => {
    expect(previousPeriod(period)).toBe(expected);
    expect(isPeriod(previousPeriod(period))).toBe(true);
  });

  it('ends a financial year on the 31st of March', () => {
    expect(periodEndsOn('2009-10')).toBe('2010-03-31');
    expect(periodEndsOn('1999-00')).toBe('2000-03-31');
  });
});
