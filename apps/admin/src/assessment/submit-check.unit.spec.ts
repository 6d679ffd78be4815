import { assessedCriteria } from './framework-reading';
import { unscoredSummaryItems } from './submit-check';
import { assessmentWith, FRAMEWORK, scoreOf } from './testing-fixtures';

describe('checking before submitting', () => {
  it('lists each criterion still to score, linking to its question', () => {
    const assessment = assessmentWith([scoreOf('leadership.1', 3), scoreOf('communities.1', 2)]);
    expect(unscoredSummaryItems(assessment, assessedCriteria(FRAMEWORK, assessment))).toEqual([
      {
        message: 'Score criterion 1.2: Willing to make difficult choices about resources and…',
        to: '/partnerships/north_west-allerdale-cdrp/assessment/north_west-allerdale-cdrp-2011-12/criteria/leadership.2',
      },
      {
        message: 'Score criterion 3.5: Tell people what they did.',
        to: '/partnerships/north_west-allerdale-cdrp/assessment/north_west-allerdale-cdrp-2011-12/criteria/communities.5',
      },
    ]);
  });

  it('finds nothing missing once every applicable criterion is scored', () => {
    const assessment = assessmentWith(
      ['leadership.1', 'leadership.2', 'communities.1', 'communities.5'].map((id) => scoreOf(id, 3)),
    );
    expect(unscoredSummaryItems(assessment, assessedCriteria(FRAMEWORK, assessment))).toEqual([]);
  });
});
