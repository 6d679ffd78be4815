import { assessedCriteria } from './framework-reading';
import { problemsFromGraphQLErrors } from './form-problems';
import {
  checkModeration,
  moderatedScoresToSend,
  moderationFieldId,
  moderationFieldOrder,
  moderationLevels,
  reasonField,
  scoreField,
  validationErrorWording,
} from './moderation-answers';
import { assessmentWith, FRAMEWORK, scoreOf } from './testing-fixtures';

const criteria = assessedCriteria(FRAMEWORK, assessmentWith([]));

describe('the coordinator’s moderation', () => {
  it('sends only the criteria given a moderated score, in framework order, reasons trimmed', () => {
    expect(
      moderatedScoresToSend(
        {
          'communities.5': { score: '2', reason: ' Little sign of feedback to residents ' },
          'leadership.1': { score: '', reason: 'changed my mind' },
          'leadership.2': { score: '4', reason: 'Budget choices made openly' },
        },
        criteria,
      ),
    ).toEqual([
      { criterionId: 'leadership.2', score: 4, reason: 'Budget choices made openly' },
      { criterionId: 'communities.5', score: 2, reason: 'Little sign of feedback to residents' },
    ]);
  });

  it('asks for the reason of a moderated score before validating', () => {
    expect(checkModeration({ 'leadership.2': { score: '1', reason: '  ' } }, criteria, FRAMEWORK)).toEqual({
      fieldErrors: { 'reason:leadership.2': 'Explain why criterion 1.2 is moderated to 1 – Not yet in place' },
      general: [],
    });
    expect(
      checkModeration({ 'leadership.2': { score: '1', reason: 'No sign of it' } }, criteria, FRAMEWORK),
    ).toBeNull();
    expect(checkModeration({}, criteria, FRAMEWORK)).toBeNull();
  });

  it('finds the field of an objection the API names by its place in the list sent', () => {
    const sent = [
      { criterionId: 'leadership.2', score: 4, reason: 'Open budget choices' },
      { criterionId: 'communities.5', score: 3, reason: 'x' },
    ];
    const problems = problemsFromGraphQLErrors(
      [
        {
          message: 'The moderated score for communities.5 equals the self-score',
          extensions: { code: 'BAD_USER_INPUT', field: 'moderatedScores.1.score' },
        },
        {
          message: 'The reason must be 5000 characters or fewer',
          extensions: { code: 'BAD_USER_INPUT', field: 'moderatedScores.0.reason' },
        },
        { message: 'Unknown place', extensions: { code: 'BAD_USER_INPUT', field: 'moderatedScores.7.reason' } },
      ],
      validationErrorWording(sent),
    );
    expect(problems).toEqual({
      fieldErrors: {
        'score:communities.5': 'The moderated score for communities.5 equals the self-score',
        'reason:leadership.2': 'The reason must be 5000 characters or fewer',
      },
      general: ['Unknown place'],
    });
  });

  it('gives each field a plain element id, and lists the fields in page order', () => {
    expect(moderationFieldId(scoreField('leadership.10'))).toBe('moderated-leadership-10');
    expect(moderationFieldId(reasonField('leadership.10'))).toBe('reason-leadership-10');
    expect(moderationFieldOrder(criteria).slice(0, 3)).toEqual([
      'score:leadership.1',
      'reason:leadership.1',
      'score:leadership.2',
    ]);
  });

  it('offers every level but the self-score', () => {
    expect(moderationLevels(FRAMEWORK, scoreOf('leadership.1', 3)).map((level) => level.level)).toEqual([1, 2, 4]);
  });
});
