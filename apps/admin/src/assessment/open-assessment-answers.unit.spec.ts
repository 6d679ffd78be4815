import { problemsFromGraphQLErrors } from './form-problems';
import { checkPeriod, nextPeriod, OPEN_ERROR_WORDING } from './open-assessment-answers';
import { checkReturn, RETURN_ERROR_WORDING } from './return-answers';

describe('starting a self-assessment', () => {
  it('suggests the financial year after the last one', () => {
    expect(nextPeriod('2011-12')).toBe('2012-13');
    expect(nextPeriod('2099-00')).toBe('2100-01');
    expect(nextPeriod('last year')).toBeNull();
  });

  it('asks for a year before sending', () => {
    expect(checkPeriod(' ')?.fieldErrors.period).toBe('Enter the financial year to assess, for example 2012-13');
    expect(checkPeriod('2012-13')).toBeNull();
  });

  it('shows a year already assessed, and a malformed one, on the year', () => {
    expect(
      problemsFromGraphQLErrors(
        [
          {
            message: 'The 2011-12 assessment is already open: there is one per period',
            extensions: { code: 'CONFLICT' },
          },
        ],
        OPEN_ERROR_WORDING,
      ).fieldErrors,
    ).toEqual({ period: 'The 2011-12 assessment is already open: there is one per period' });
    expect(
      problemsFromGraphQLErrors(
        [{ message: 'Enter the period as a financial year', extensions: { code: 'BAD_USER_INPUT', field: 'period' } }],
        OPEN_ERROR_WORDING,
      ).fieldErrors,
    ).toEqual({ period: 'Enter the period as a financial year' });
  });
});

describe('returning an assessment for revision', () => {
  it('asks for comments before sending', () => {
    expect(checkReturn('\n ')).toEqual({
      fieldErrors: { comments: 'Say what the partnership should revise before resubmitting' },
      general: [],
    });
    expect(checkReturn('Look again at hallmark 3')).toBeNull();
  });

  it('shows a conflict (no longer submitted) in the summary, not on the comments', () => {
    expect(
      problemsFromGraphQLErrors(
        [{ message: 'The 2011-12 assessment is validated', extensions: { code: 'CONFLICT' } }],
        RETURN_ERROR_WORDING,
      ),
    ).toEqual({ fieldErrors: {}, general: ['The 2011-12 assessment is validated'] });
  });
});
