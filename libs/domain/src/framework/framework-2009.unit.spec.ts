import { CRITERION_APPLICABILITIES } from './framework';
import { CURRENT_FRAMEWORK, FRAMEWORKS, findFramework } from './frameworks';
import { allCriteria } from './criteria';

const framework = FRAMEWORKS['2009.1'];

describe('the 2009.1 edition of the framework', () => {
  it('is the current edition, published by the Home Office', () => {
    expect(CURRENT_FRAMEWORK).toBe(framework);
    expect(findFramework('2009.1')).toBe(framework);
    expect(framework.version).toBe('2009.1');
    expect(framework.publishedBy).toBe('Home Office');
  });

  it('has the six hallmarks in the order of the seed, numbered 1 to 6', () => {
    expect(framework.hallmarks.map((hallmark) => [hallmark.number, hallmark.id, hallmark.title])).toEqual([
      [1, 'leadership', 'Empowered & Effective Leadership'],
      [2, 'intelligence', 'Intelligence-led Business Processes'],
      [3, 'communities', 'Engaged Communities'],
      [4, 'delivery', 'Effective & Responsive Delivery Structures'],
      [5, 'accountability', 'Visible & Constructive Accountability'],
      [6, 'skills', 'Appropriate Skills & Knowledge'],
    ]);
  });

  it('has 10, 6, 9, 7, 5 and 6 criteria: 43 in all', () => {
    expect(framework.hallmarks.map((hallmark) => hallmark.criteria.length)).toEqual([10, 6, 9, 7, 5, 6]);
    expect(allCriteria(framework)).toHaveLength(43);
  });

  it('gives every criterion a unique id made of its hallmark and its number, numbered from 1', () => {
    const ids = allCriteria(framework).map((criterion) => criterion.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const hallmark of framework.hallmarks) {
      hallmark.criteria.forEach((criterion, index) => {
        expect(criterion.hallmarkId).toBe(hallmark.id);
        expect(criterion.number).toBe(index + 1);
        expect(criterion.id).toBe(`${hallmark.id}.${index + 1}`);
      });
    }
  });

  it('describes every hallmark except Intelligence-led Business Processes, for which the seed gives none', () => {
    const undescribed = framework.hallmarks.filter((hallmark) => hallmark.description === null).map((h) => h.id);
    expect(undescribed).toEqual(['intelligence']);
  });

  it('keeps the wording clean of PDF artefacts: no bullets, tabs, doubled or trailing spaces', () => {
    const texts = framework.hallmarks.flatMap((hallmark) => [
      hallmark.title,
      hallmark.description ?? '',
      hallmark.criteriaIntroduction,
      ...hallmark.criteria.map((criterion) => criterion.text),
    ]);
    for (const text of texts) {
      expect(text).not.toMatch(/[•\t\n]|\s{2}|^\s|\s$|\s[.,;:]/);
    }
    for (const criterion of allCriteria(framework)) {
      expect(criterion.text).toMatch(/^[a-z].*\.$/);
      expect(criterion.text).not.toMatch(/landsape|devlop/);
    }
  });

  it('marks the Comprehensive Area Assessment criterion England-only and the district–county criterion two-tier-only', () => {
    const limited = allCriteria(framework)
      .filter((criterion) => criterion.applicability !== 'ALL')
      .map((criterion) => [criterion.id, criterion.applicability]);
    expect(limited).toEqual([
      ['communities.4', 'ENGLAND_ONLY'],
      ['accountability.2', 'TWO_TIER_ONLY'],
    ]);
    expect(allCriteria(framework).every((c) => CRITERION_APPLICABILITIES.includes(c.applicability))).toBe(true);
  });

  describe('its scale', () => {
    it('runs from 1 Not yet in place to 4 Excelling', () => {
      expect(framework.scale.map((level) => [level.level, level.label])).toEqual([
        [1, 'Not yet in place'],
        [2, 'Developing'],
        [3, 'Established'],
        [4, 'Excelling'],
      ]);
    });

    it('describes each level in one sentence', () => {
      for (const level of framework.scale) {
        expect(level.description).toMatch(/^[A-Z][^.]*\.$/);
      }
    });
  });
});

describe('looking up an edition', () => {
  it('finds nothing for a version that does not exist, even one named like an object property', () => {
    expect(findFramework('2010.1')).toBeUndefined();
    expect(findFramework('toString')).toBeUndefined();
  });
});
