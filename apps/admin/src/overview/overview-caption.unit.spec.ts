import { noPartnershipsMessage, overviewCaption } from './overview-caption';

describe('the overview caption', () => {
  it('says how many partnerships, where and as of when', () => {
    expect(overviewCaption({ shown: 40, total: 40, place: 'North West', asOf: null })).toBe(
      '40 partnerships in North West as of today',
    );
    expect(overviewCaption({ shown: 1, total: 1, place: null, asOf: '2010-03-31' })).toBe(
      '1 partnership in England and Wales as of the end of 31 March 2010',
    );
  });

  it('says how many of them the filters leave', () => {
    expect(overviewCaption({ shown: 3, total: 40, place: 'Wales', asOf: null })).toBe(
      '3 of 40 partnerships in Wales as of today',
    );
  });

  it('says plainly when there were none yet', () => {
    expect(noPartnershipsMessage('North West', '2000-01-01')).toBe(
      'There were no partnerships in North West as of the end of 1 January 2000.',
    );
  });
});
