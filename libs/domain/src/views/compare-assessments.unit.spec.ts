import { compareAssessments } from './compare-assessments';
import { FIRST, SECOND, validatedAssessment } from './views.fixtures';

const first = validatedAssessment(
  FIRST,
  '2009-10',
  { 'leadership.1': 2, 'leadership.2': 3, 'skills.1': 4 },
  { 'skills.1': 3 },
);
const second = validatedAssessment(SECOND, '2010-11', {
  'leadership.1': 4,
  'leadership.2': 3,
  'skills.1': 2,
  'delivery.1': 3,
});

describe('comparing two assessments', () => {
  describe('when both are of the same partnership', () => {
    const result = compareAssessments(first, second);
    if (!result.ok) throw new Error(result.error.message);
    const { comparison } = result;

    it('shows per criterion the effective scores and the change, moderated where moderated', () => {
      // In the second assessment's order (its stream keeps framework order), as scored here.
      expect(comparison.criteria).toEqual([
        { criterionId: 'leadership.1', hallmarkId: 'leadership', before: 2, after: 4, change: 2 },
        { criterionId: 'leadership.2', hallmarkId: 'leadership', before: 3, after: 3, change: 0 },
        { criterionId: 'skills.1', hallmarkId: 'skills', before: 3, after: 2, change: -1 },
        { criterionId: 'delivery.1', hallmarkId: 'delivery', before: null, after: 3, change: null },
      ]);
    });

    it('shows per hallmark the averages, the change and the levels', () => {
      expect(comparison.hallmarks.find((h) => h.hallmarkId === 'leadership')).toEqual({
        hallmarkId: 'leadership',
        before: 2.5,
        after: 3.5,
        change: 1,
        levelBefore: 3,
        levelAfter: 4,
      });
      expect(comparison.hallmarks.find((h) => h.hallmarkId === 'delivery')).toMatchObject({
        before: null,
        after: 3,
        change: null,
      });
    });

    it('counts gains, losses and level changes', () => {
      expect(comparison).toMatchObject({ gains: 1, losses: 1, levelChanges: 2 });
    });

    it('lists a criterion only the first scored, with no change', () => {
      const result = compareAssessments(second, first);
      expect(result.ok && result.comparison.criteria.find((c) => c.criterionId === 'delivery.1')).toEqual({
        criterionId: 'delivery.1',
        hallmarkId: 'delivery',
        before: 3,
        after: null,
        change: null,
      });
    });
  });

  describe('when they are of different partnerships', () => {
    it('is refused', () => {
      const copeland = validatedAssessment(
        'north_west-copeland-cdrp-2010-11',
        '2010-11',
        { 'leadership.1': 3 },
        {},
        'north_west-copeland-cdrp',
      );
      expect(compareAssessments(first, copeland)).toMatchObject({ ok: false, error: { kind: 'invalid', field: 'b' } });
    });
  });

  describe('when it is the same assessment twice', () => {
    it('is refused', () => {
      expect(compareAssessments(first, first)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    });
  });
});
