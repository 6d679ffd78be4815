import { isCalendarDate } from './calendar-date';

describe('calendar dates', () => {
  it.each(['2010-03-31', '2012-02-29'])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each(['2010-02-29', '2010-04-31', '2010-13-01', '31/03/2010', '2010-3-31', '', '2010-03-31T00:00:00Z'])(
    'rejects “%s”',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );
});
