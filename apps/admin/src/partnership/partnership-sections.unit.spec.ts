import { currentSection, PARTNERSHIP_SECTIONS, partnershipPath, sectionPath } from './partnership-sections';

const ALLERDALE = 'north_west-allerdale-cdrp';

describe('the sections of a partnership’s page', () => {
  it('are the overview, assessment, support, actions and timeline, in that order', () => {
    expect(PARTNERSHIP_SECTIONS.map((section) => section.text)).toEqual([
      'Overview',
      'Assessment',
      'Support',
      'Actions',
      'Timeline',
    ]);
  });

  it('live under the partnership’s own address, the overview at the address itself', () => {
    expect(partnershipPath(ALLERDALE)).toBe('/partnerships/north_west-allerdale-cdrp');
    expect(PARTNERSHIP_SECTIONS.map((section) => sectionPath(ALLERDALE, section))).toEqual([
      '/partnerships/north_west-allerdale-cdrp',
      '/partnerships/north_west-allerdale-cdrp/assessment',
      '/partnerships/north_west-allerdale-cdrp/support',
      '/partnerships/north_west-allerdale-cdrp/actions',
      '/partnerships/north_west-allerdale-cdrp/timeline',
    ]);
  });

  it('escape an id that is not safe in a path', () => {
    expect(partnershipPath('a b/c')).toBe('/partnerships/a%20b%2Fc');
  });
});

describe('the section a path is in', () => {
  it('is the overview at the partnership’s address, with or without a trailing slash', () => {
    expect(currentSection(ALLERDALE, '/partnerships/north_west-allerdale-cdrp')?.text).toBe('Overview');
    expect(currentSection(ALLERDALE, '/partnerships/north_west-allerdale-cdrp/')?.text).toBe('Overview');
  });

  it('is named by the first segment after the partnership, however deep the page', () => {
    expect(currentSection(ALLERDALE, '/partnerships/north_west-allerdale-cdrp/timeline')?.text).toBe('Timeline');
    expect(currentSection(ALLERDALE, '/partnerships/north_west-allerdale-cdrp/assessment/2010-11')?.text).toBe(
      'Assessment',
    );
  });

  it('is none for another partnership or an unknown section', () => {
    expect(currentSection(ALLERDALE, '/partnerships/north_west-allerdale-cdrp-old')).toBeNull();
    expect(currentSection(ALLERDALE, '/partnerships/north_west-allerdale-cdrp/elsewhere')).toBeNull();
    expect(currentSection(ALLERDALE, '/overview')).toBeNull();
  });
});
