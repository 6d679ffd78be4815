import { timelineDate } from './timeline-dates';

describe('the date of a timeline entry', () => {
  it('is told in UK time, GOV.UK style', () => {
    expect(timelineDate('2010-01-15T14:05:00Z')).toBe('15 January 2010 at 2:05pm');
    // Summer: British Summer Time, an hour ahead of UTC.
    expect(timelineDate('2010-06-30T23:30:00Z')).toBe('1 July 2010 at 12:30am');
  });
});
