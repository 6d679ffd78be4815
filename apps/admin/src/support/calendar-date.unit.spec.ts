import { readDate } from './calendar-date';

const WHAT = 'the date the support was delivered';

describe('reading a date typed into a GOV.UK date input', () => {
  it('reads a real date as YYYY-MM-DD', () => {
    expect(readDate({ day: '3', month: '5', year: '2011' }, WHAT)).toEqual({ ok: true, date: '2011-05-03' });
  });

  it('asks for the date, or for the part that is missing', () => {
    expect(readDate({ day: '', month: '', year: '' }, WHAT)).toEqual({
      ok: false,
      message: 'Enter the date the support was delivered',
    });
    expect(readDate({ day: '3', month: '', year: '2011' }, WHAT)).toEqual({
      ok: false,
      message: 'The date the support was delivered must include a month',
      part: 'month',
    });
  });

  it.each([
    ['31', '2', '2011'],
    ['3', '5', '11'],
    ['x', '5', '2011'],
  ])('refuses %s/%s/%s as not a real date', (day, month, year) => {
    expect(readDate({ day, month, year }, WHAT)).toEqual({
      ok: false,
      message: 'The date the support was delivered must be a real date',
    });
  });
});
