import type { OpenedAssessment } from '../assessment/assessment';
import { progressOf } from './progress';
import { ALLERDALE, FIRST, SECOND, validatedAssessment } from './views.fixtures';

const first = validatedAssessment(
  FIRST,
  '2009-10',
  { 'leadership.1': 2, 'leadership.2': 3, 'skills.1': 4 },
  { 'leadership.1': 1 },
);
const reviewed: OpenedAssessment = {
  ...validatedAssessment(SECOND, '2010-11', { 'leadership.1': 3, 'leadership.2': 4, 'skills.1': 4 }),
  reviews: [
    {
      source: 'PEER_REVIEW',
      reviewer: 'Copeland CDRP',
      reviewedOn: '2010-09-01',
      scores: [
        { criterionId: 'leadership.1', score: 2, rationale: 'Board attendance is patchy' },
        { criterionId: 'leadership.2', score: 3, rationale: 'A plan, not yet followed' },
      ],
    },
  ],
};
const open: OpenedAssessment = {
  ...validatedAssessment(`${ALLERDALE}-2011-12`, '2011-12', { 'leadership.1': 4 }),
  status: 'open',
};

describe('a partnership’s progress', () => {
  describe('when it has validated assessments and an open one', () => {
    it('has one point per validated period and hallmark, oldest first, leaving the open one out', () => {
      const points = progressOf([reviewed, open, first], 'leadership');
      expect(points).toEqual([
        {
          assessmentId: FIRST,
          period: '2009-10',
          hallmarkId: 'leadership',
          selfAverage: 2.5,
          effectiveAverage: 2,
          reviewAverage: null,
        },
        {
          assessmentId: SECOND,
          period: '2010-11',
          hallmarkId: 'leadership',
          selfAverage: 3.5,
          effectiveAverage: 3.5,
          reviewAverage: 2.5,
        },
      ]);
    });

    it('covers every hallmark of the framework when none is named', () => {
      const points = progressOf([first], null);
      expect(points).toHaveLength(6);
      expect(points.find((point) => point.hallmarkId === 'skills')).toMatchObject({
        selfAverage: 4,
        effectiveAverage: 4,
      });
      expect(points.find((point) => point.hallmarkId === 'communities')).toMatchObject({
        selfAverage: null,
        effectiveAverage: null,
        reviewAverage: null,
      });
    });
  });

  describe('when nothing is validated yet', () => {
    it('is empty', () => {
      expect(progressOf([open], null)).toEqual([]);
    });
  });
});
