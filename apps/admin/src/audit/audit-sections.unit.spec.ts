import { AUDIT_SECTIONS, partnershipAuditPath, sectionOfPath } from './audit-sections';

describe('the sections of a partnership’s audit', () => {
  const id = 'north_west-allerdale-cdrp';

  it('each live under the partnership’s own address', () => {
    expect(partnershipAuditPath(id)).toBe('/audit/partnerships/north_west-allerdale-cdrp');
    expect(partnershipAuditPath(id, 'replay')).toBe('/audit/partnerships/north_west-allerdale-cdrp/replay');
    expect(partnershipAuditPath('a/b')).toBe('/audit/partnerships/a%2Fb');
  });

  it('are found from the path, the events being the partnership’s own address', () => {
    expect(sectionOfPath('/audit/partnerships/north_west-allerdale-cdrp', id).title).toBe('Events');
    expect(sectionOfPath('/audit/partnerships/north_west-allerdale-cdrp/', id).title).toBe('Events');
    expect(sectionOfPath('/audit/partnerships/north_west-allerdale-cdrp/compare', id).title).toBe(
      'Compare two assessments',
    );
    expect(sectionOfPath('/audit/partnerships/north_west-allerdale-cdrp/verify/', id).title).toBe('Verify the history');
  });

  it('have one address each', () => {
    expect(new Set(AUDIT_SECTIONS.map((section) => section.path)).size).toBe(AUDIT_SECTIONS.length);
  });
});
