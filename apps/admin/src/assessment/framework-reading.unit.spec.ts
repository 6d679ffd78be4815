import { criterionInJourney, hallmarkSections, levelName, shortened } from './framework-reading';
import { assessmentWith, FRAMEWORK } from './testing-fixtures';

describe('reading the framework for one assessment', () => {
  const assessment = assessmentWith([]);

  it('groups the applicable criteria by hallmark, keeping those that do not apply apart', () => {
    const sections = hallmarkSections(FRAMEWORK, assessment);
    expect(sections.map((section) => section.criteria.map((criterion) => criterion.code))).toEqual([
      ['1.1', '1.2'],
      ['3.1', '3.5'],
    ]);
    expect(sections[1]?.notApplicable.map((criterion) => criterion.id)).toEqual(['communities.4']);
  });

  it('writes a criterion as a sentence of its own', () => {
    expect(hallmarkSections(FRAMEWORK, assessment)[0]?.criteria[0]?.sentence).toBe(
      'Aspirational and ambitious, with a clear, shared vision.',
    );
  });

  it('finds a criterion’s neighbours across hallmarks, skipping those that do not apply', () => {
    const journey = criterionInJourney(FRAMEWORK, assessment, 'communities.1');
    expect(journey?.previous?.id).toBe('leadership.2');
    expect(journey?.next?.id).toBe('communities.5');
    expect(journey).toMatchObject({ position: 3, total: 4 });
    expect(criterionInJourney(FRAMEWORK, assessment, 'communities.5')?.next).toBeNull();
    expect(criterionInJourney(FRAMEWORK, assessment, 'leadership.1')?.previous).toBeNull();
  });

  it('has no journey for a criterion the assessment does not apply', () => {
    expect(criterionInJourney(FRAMEWORK, assessment, 'communities.4')).toBeNull();
    expect(criterionInJourney(FRAMEWORK, assessment, 'leadership.99')).toBeNull();
  });

  it('names a level by its number and label', () => {
    expect(levelName(FRAMEWORK.scale, 3)).toBe('3 – Established');
    expect(levelName(FRAMEWORK.scale, 7)).toBe('7');
  });

  it('shortens long text at a word', () => {
    expect(shortened('Willing to make difficult choices about resources and priorities.', 30)).toBe(
      'Willing to make difficult…',
    );
    expect(shortened('Engage local people.')).toBe('Engage local people.');
  });
});
