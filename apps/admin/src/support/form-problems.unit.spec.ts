import type { GraphQLErrorItem } from '../graphql';
import { problemsFromGraphQLErrors, SIGNED_OUT_PROBLEM, summaryItems, UNEXPECTED_PROBLEM } from './form-problems';

const FIELDS = ['rationale', 'evidence'] as const;
const error = (message: string, code?: string, field?: string): GraphQLErrorItem => ({
  message,
  extensions: { ...(code ? { code } : {}), ...(field ? { field } : {}) },
});

describe('what a support form shows when the API refuses its command', () => {
  it('puts bad input on its field, and input of no field of the form in the summary alone', () => {
    expect(
      problemsFromGraphQLErrors(
        [
          error('The evidence “x” is not an event in this partnership’s history', 'BAD_USER_INPUT', 'evidence'),
          error('There is no support case', 'BAD_USER_INPUT', 'caseId'),
        ],
        FIELDS,
        'Not yours',
      ),
    ).toEqual({
      fieldErrors: { evidence: 'The evidence “x” is not an event in this partnership’s history' },
      general: ['There is no support case'],
    });
  });

  it('gives a conflict or a missing record in the server’s words, a refusal in the form’s', () => {
    expect(
      problemsFromGraphQLErrors(
        [
          error('The support case is approved: only a requested, proposed or deferred one can be decided', 'CONFLICT'),
          error('Only the coordinator…', 'FORBIDDEN'),
          error('Sign in', 'UNAUTHENTICATED'),
        ],
        FIELDS,
        'Only the coordinator of the partnership’s region can decide',
      ).general,
    ).toEqual([
      'The support case is approved: only a requested, proposed or deferred one can be decided',
      'Only the coordinator of the partnership’s region can decide',
      SIGNED_OUT_PROBLEM,
    ]);
  });

  it('hides unknown failures behind the standard message, once', () => {
    expect(
      problemsFromGraphQLErrors([error('stack trace', 'INTERNAL_SERVER_ERROR'), error('more')], FIELDS, 'x'),
    ).toEqual({ fieldErrors: {}, general: [UNEXPECTED_PROBLEM] });
    expect(problemsFromGraphQLErrors([], FIELDS, 'x').general).toEqual([UNEXPECTED_PROBLEM]);
  });

  it('lists the fields in page order, linked to their inputs, then the rest', () => {
    expect(
      summaryItems({ fieldErrors: { evidence: 'E', rationale: 'R' }, general: ['G'] }, FIELDS, {
        rationale: 'rationale',
        evidence: 'evidence',
      }),
    ).toEqual([{ message: 'R', targetId: 'rationale' }, { message: 'E', targetId: 'evidence' }, { message: 'G' }]);
  });
});
