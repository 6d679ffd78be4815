import { assessedCriteria } from './framework-reading';
import { criterionStatus, firstUnscored, groupStatus, isOpenForScoring, unscoredCriteria } from './task-status';
import { assessmentWith, FRAMEWORK, scoreOf } from './testing-fixtures';

const LEADERSHIP = ['leadership.1', 'leadership.2'];

describe('the task list statuses', () => {
  describe('when nothing is scored', () => {
    const assessment = assessmentWith([]);

    it('has every criterion and hallmark not started', () => {
      expect(criterionStatus(assessment, 'leadership.1')).toBe('NOT_STARTED');
      expect(groupStatus(assessment, LEADERSHIP)).toBe('NOT_STARTED');
    });

    it('continues from the first criterion', () => {
      expect(firstUnscored(assessment, assessedCriteria(FRAMEWORK, assessment))?.id).toBe('leadership.1');
    });
  });

  describe('when some criteria of a hallmark are scored', () => {
    const assessment = assessmentWith([scoreOf('leadership.1', 2), scoreOf('communities.1', 3)]);

    it('has the scored criteria completed and the others not started', () => {
      expect(criterionStatus(assessment, 'leadership.1')).toBe('COMPLETED');
      expect(criterionStatus(assessment, 'leadership.2')).toBe('NOT_STARTED');
    });

    it('has the hallmark in progress', () => {
      expect(groupStatus(assessment, LEADERSHIP)).toBe('IN_PROGRESS');
    });

    it('lists what is still to score in journey order, and continues from the first of it', () => {
      const criteria = assessedCriteria(FRAMEWORK, assessment);
      expect(unscoredCriteria(assessment, criteria).map((criterion) => criterion.id)).toEqual([
        'leadership.2',
        'communities.5',
      ]);
      expect(firstUnscored(assessment, criteria)?.id).toBe('leadership.2');
    });
  });

  describe('when every criterion of a hallmark is scored', () => {
    const assessment = assessmentWith([scoreOf('leadership.1', 2), scoreOf('leadership.2', 4)]);

    it('has the hallmark completed', () => {
      expect(groupStatus(assessment, LEADERSHIP)).toBe('COMPLETED');
    });
  });

  describe('when every applicable criterion is scored', () => {
    const assessment = assessmentWith(
      ['leadership.1', 'leadership.2', 'communities.1', 'communities.5'].map((id) => scoreOf(id, 3)),
    );

    it('has nothing to continue with', () => {
      expect(firstUnscored(assessment, assessedCriteria(FRAMEWORK, assessment))).toBeNull();
    });
  });

  it('lets open and returned assessments be scored, not submitted or validated ones', () => {
    expect(isOpenForScoring('OPEN')).toBe(true);
    expect(isOpenForScoring('RETURNED')).toBe(true);
    expect(isOpenForScoring('SUBMITTED')).toBe(false);
    expect(isOpenForScoring('VALIDATED')).toBe(false);
  });
});
