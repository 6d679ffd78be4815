import {
  ANSWER_ERROR_WORDING,
  answerFromSaved,
  checkAnswer,
  EMPTY_ANSWER,
  isUnchanged,
  toScoreInput,
} from './criterion-answer';
import { problemsFromGraphQLErrors } from './form-problems';
import type { SavedScore } from './assessment.query';

const SAVED: SavedScore = {
  criterionId: 'leadership.3',
  score: 2,
  evidence: 'Board minutes, June 2011',
  evidenceLinks: ['https://example.org/minutes.pdf', 'https://example.org/plan.pdf'],
  rationale: 'Started, not yet shared by all partners.',
};

describe('one criterion’s answer', () => {
  it('starts from the saved answer, one link a line', () => {
    expect(answerFromSaved(SAVED)).toEqual({
      score: '2',
      evidence: 'Board minutes, June 2011',
      evidenceLinks: 'https://example.org/minutes.pdf\nhttps://example.org/plan.pdf',
      rationale: 'Started, not yet shared by all partners.',
    });
    expect(answerFromSaved(undefined)).toEqual(EMPTY_ANSWER);
  });

  it('asks for a level and a reason before saving', () => {
    expect(checkAnswer({ ...EMPTY_ANSWER, rationale: '   ' })).toEqual({
      fieldErrors: {
        score: 'Select the level that best describes the partnership',
        rationale: 'Explain why you gave this score',
      },
      general: [],
    });
    expect(checkAnswer({ ...EMPTY_ANSWER, score: '3', rationale: 'Shown in the plan' })).toBeNull();
  });

  it('sends trimmed text, no evidence as null, and one link per non-empty line', () => {
    expect(
      toScoreInput(
        { score: '4', evidence: '  ', evidenceLinks: ' https://a.example \n\n https://b.example ', rationale: ' Why ' },
        { assessmentId: 'a-2011-12', criterionId: 'leadership.1', commandId: 'c1' },
      ),
    ).toEqual({
      assessmentId: 'a-2011-12',
      criterionId: 'leadership.1',
      score: 4,
      evidence: null,
      evidenceLinks: ['https://a.example', 'https://b.example'],
      rationale: 'Why',
      commandId: 'c1',
    });
  });

  it('sees the saved answer, sent again untouched, as no change', () => {
    expect(isUnchanged(answerFromSaved(SAVED), SAVED)).toBe(true);
    expect(
      isUnchanged({ ...answerFromSaved(SAVED), rationale: ' Started, not yet shared by all partners. ' }, SAVED),
    ).toBe(true);
  });

  it('sees any difference in level, evidence, links or reason as a change', () => {
    const saved = answerFromSaved(SAVED);
    expect(isUnchanged({ ...saved, score: '3' }, SAVED)).toBe(false);
    expect(isUnchanged({ ...saved, evidence: '' }, SAVED)).toBe(false);
    expect(isUnchanged({ ...saved, evidenceLinks: 'https://example.org/minutes.pdf' }, SAVED)).toBe(false);
    expect(isUnchanged({ ...saved, rationale: 'Now shared' }, SAVED)).toBe(false);
    expect(isUnchanged(saved, undefined)).toBe(false);
  });

  it('puts the API’s objection to a link on the links field', () => {
    expect(
      problemsFromGraphQLErrors(
        [{ message: '“minutes” is not a web address', extensions: { code: 'BAD_USER_INPUT', field: 'evidenceLinks' } }],
        ANSWER_ERROR_WORDING,
      ),
    ).toEqual({ fieldErrors: { evidenceLinks: '“minutes” is not a web address' }, general: [] });
  });
});
