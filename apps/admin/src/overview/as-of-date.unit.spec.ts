import { asOfDateFields, endOfUkDay, longDate, readAsOfDate } from './as-of-date';

describe('the "as of" date', () => {
  it('means now when every field is empty', () => {
    expect(readAsOfDate({ day: '', month: ' ', year: '' })).toEqual({ ok: true, date: null });
  });

  it('reads day, month and year as a calendar date', () => {
    expect(readAsOfDate({ day: '1', month: '1', year: '2000' })).toEqual({ ok: true, date: '2000-01-01' });
    expect(readAsOfDate({ day: '31', month: '03', year: '2010' })).toEqual({ ok: true, date: '2010-03-31' });
  });

  it('names the missing part of a date', () => {
    expect(readAsOfDate({ day: '', month: '3', year: '2010' })).toMatchObject({ ok: false, field: 'day' });
    expect(readAsOfDate({ day: '1', month: '', year: '2010' })).toMatchObject({ ok: false, field: 'month' });
    expect(readAsOfDate({ day: '1', month: '3', year: '' })).toMatchObject({
      ok: false,
      field: 'year',
      message: 'The date must include a year',
    });
  });

  it('refuses a date that is not on the calendar', () => {
    expect(readAsOfDate({ day: '30', month: '2', year: '2010' })).toMatchObject({ ok: false, field: 'day' });
    expect(readAsOfDate({ day: 'x', month: '2', year: '2010' })).toMatchObject({ ok: false });
    expect(readAsOfDate({ day: '1', month: '2', year: '10' })).toMatchObject({ ok: false });
  });

  it('shows a chosen date back in its three fields', () => {
    expect(asOfDateFields('2010-03-07')).toEqual({ day: '7', month: '3', year: '2010' });
    expect(asOfDateFields(null)).toEqual({ day: '', month: '', year: '' });
  });

  it('ends a winter day at midnight GMT', () => {
    expect(endOfUkDay('2000-01-01')).toBe('2000-01-01T23:59:59.999Z');
  });

  it('ends a summer day at midnight BST, an hour before midnight UTC', () => {
    expect(endOfUkDay('2010-06-30')).toBe('2010-06-30T22:59:59.999Z');
  });

  it('ends the days the clocks change on at UK midnight', () => {
    // 28 March 2010: clocks went forward at 01:00 UTC, so the day ends at 23:00 UTC.
    expect(endOfUkDay('2010-03-28')).toBe('2010-03-28T22:59:59.999Z');
    // 31 October 2010: clocks went back at 01:00 UTC, so the day ends at midnight UTC.
    expect(endOfUkDay('2010-10-31')).toBe('2010-10-31T23:59:59.999Z');
    // The evening before: still BST.
    expect(endOfUkDay('2010-10-30')).toBe('2010-10-30T22:59:59.999Z');
  });

  it('names a date in words for the caption', () => {
    expect(longDate('2010-03-31')).toBe('31 March 2010');
  });
});
