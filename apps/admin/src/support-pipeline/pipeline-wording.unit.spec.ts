import { calendarDay, levelWords, pipelineCaption, ukDay } from './pipeline-wording';

describe('the support pipeline in words', () => {
  it('gives a served hallmark’s levels before and after, to two decimals', () => {
    expect(levelWords(2, 3)).toBe('2.00 to 3.00');
    expect(levelWords(2.5, 2.25)).toBe('2.50 to 2.25');
    expect(levelWords(null, 2.4)).toBe('now 2.40');
  });

  it('gives the day of an instant in the UK, and a calendar date as it is', () => {
    // 23:30 UTC on 30 June 2010 was already 1 July in the UK (BST).
    expect(ukDay('2010-06-30T23:30:00.000Z')).toBe('1 July 2010');
    expect(calendarDay('2010-08-31')).toBe('31 August 2010');
  });

  it('counts the cases, where and as of when', () => {
    expect(pipelineCaption(12, 'North West', null)).toBe('12 support cases in North West as of today');
    expect(pipelineCaption(1, 'Wales', '31 March 2010')).toBe('1 support case in Wales as of the end of 31 March 2010');
  });
});
