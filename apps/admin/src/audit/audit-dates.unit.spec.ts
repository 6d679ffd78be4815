import { auditInstant } from './audit-dates';

describe('an instant as an auditor reads it', () => {
  it('is told in UK time, GOV.UK style, to the second', () => {
    expect(auditInstant('2010-01-15T14:05:09.123Z')).toBe('15 January 2010 at 2:05:09pm');
    // British Summer Time: an hour ahead of UTC.
    expect(auditInstant('2009-05-18T11:43:06.048Z')).toBe('18 May 2009 at 12:43:06pm');
    expect(auditInstant('2010-06-30T23:30:00Z')).toBe('1 July 2010 at 12:30:00am');
  });

  it('leaves something that is no instant as it came', () => {
    expect(auditInstant('not a date')).toBe('not a date');
  });
});
