import { liveNotice } from './live-notice';

const rows = ['Allerdale CDRP', 'Barrow CDRP', 'Bolton CDRP', 'Bury CDRP', 'Carlisle CDRP'].map((name) => ({
  partnershipId: name.toLowerCase().replace(' ', '-'),
  name,
}));

describe('the notice after a live update', () => {
  it('names the partnership that changed', () => {
    expect(liveNotice(['allerdale-cdrp'], rows)).toBe('Updated: Allerdale CDRP');
  });

  it('names a few, once each, and counts the rest', () => {
    expect(liveNotice(['bolton-cdrp', 'allerdale-cdrp', 'bolton-cdrp'], rows)).toBe(
      'Updated: Bolton CDRP and Allerdale CDRP',
    );
    expect(liveNotice(['allerdale-cdrp', 'barrow-cdrp', 'bolton-cdrp'], rows)).toBe(
      'Updated: Allerdale CDRP, Barrow CDRP and Bolton CDRP',
    );
    expect(
      liveNotice(
        rows.map((row) => row.partnershipId),
        rows,
      ),
    ).toBe('Updated: Allerdale CDRP, Barrow CDRP, Bolton CDRP and 2 more');
  });

  it('says nothing of a partnership the overview does not show', () => {
    expect(liveNotice(['wales-cardiff-csp'], rows)).toBe('');
    expect(liveNotice([], rows)).toBe('');
  });
});
