import type { GraphQLErrorItem } from '../graphql';
import { problemsFromGraphQLErrors, UNEXPECTED_PROBLEM } from './registration-errors';
import { summaryItems } from './registration-form';

const error = (message: string, code?: string, field?: string): GraphQLErrorItem => ({
  message,
  extensions: { ...(code ? { code } : {}), ...(field ? { field } : {}) },
});

describe('problemsFromGraphQLErrors', () => {
  it('puts a BAD_USER_INPUT on the field it names', () => {
    const problems = problemsFromGraphQLErrors([error('CSPs are in Wales', 'BAD_USER_INPUT', 'type')]);
    expect(problems).toEqual({ fieldErrors: { type: 'CSPs are in Wales' }, general: [] });
    expect(summaryItems(problems)).toEqual([{ message: 'CSPs are in Wales', targetId: 'type' }]);
  });

  it('lists a BAD_USER_INPUT without a known field in the summary only', () => {
    const problems = problemsFromGraphQLErrors([error('Variable "$input" got invalid value', 'BAD_USER_INPUT')]);
    expect(problems).toEqual({ fieldErrors: {}, general: ['Variable "$input" got invalid value'] });
    expect(summaryItems(problems)).toEqual([{ message: 'Variable "$input" got invalid value' }]);
  });

  it('shows a CONFLICT on the name, which is what must change', () => {
    expect(problemsFromGraphQLErrors([error('Wigan is already registered in North West', 'CONFLICT')])).toEqual({
      fieldErrors: { name: 'Wigan is already registered in North West' },
      general: [],
    });
  });

  it('explains UNAUTHENTICATED and FORBIDDEN in the service’s own words', () => {
    expect(
      problemsFromGraphQLErrors([error('jwt expired', 'UNAUTHENTICATED'), error('role', 'FORBIDDEN')]).general,
    ).toEqual([
      'Your sign-in has ended. Sign in again to register a partnership',
      'Only the national team can register partnerships',
    ]);
  });

  it('hides the detail of unexpected failures', () => {
    expect(
      problemsFromGraphQLErrors([error('relation "x" does not exist', 'INTERNAL_SERVER_ERROR'), error('boom')]).general,
    ).toEqual([UNEXPECTED_PROBLEM]);
  });
});
