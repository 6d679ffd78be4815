import type { GraphQLErrorItem } from '../graphql';
import {
  problemsFromGraphQLErrors,
  sameNamedField,
  summaryItems,
  UNEXPECTED_PROBLEM,
  type ErrorWording,
} from './form-problems';

type Field = 'score' | 'rationale';

const WORDING: ErrorWording<Field> = {
  fieldFor: sameNamedField<Field>(['score', 'rationale']),
  unauthenticated: 'Sign in again',
  forbidden: 'Only the partnership may',
};

const error = (message: string, code?: string, field?: string): GraphQLErrorItem => ({
  message,
  extensions: { ...(code ? { code } : {}), ...(field ? { field } : {}) },
});

describe('mapping the API’s errors onto a form', () => {
  it('puts a BAD_USER_INPUT on the field it names', () => {
    expect(
      problemsFromGraphQLErrors([error('Explain why you gave this score', 'BAD_USER_INPUT', 'rationale')], WORDING),
    ).toEqual({ fieldErrors: { rationale: 'Explain why you gave this score' }, general: [] });
  });

  it('lists a BAD_USER_INPUT on a field the form does not have in the summary only', () => {
    expect(problemsFromGraphQLErrors([error('Not a criterion', 'BAD_USER_INPUT', 'criterionId')], WORDING)).toEqual({
      fieldErrors: {},
      general: ['Not a criterion'],
    });
  });

  it('keeps the first message for a field', () => {
    expect(
      problemsFromGraphQLErrors(
        [error('first', 'BAD_USER_INPUT', 'score'), error('second', 'BAD_USER_INPUT', 'score')],
        WORDING,
      ).fieldErrors,
    ).toEqual({ score: 'first' });
  });

  it('shows a CONFLICT in the domain’s words, on the conflict field when the form has one', () => {
    const conflict = error('The 2011-12 assessment has been submitted', 'CONFLICT');
    expect(problemsFromGraphQLErrors([conflict], WORDING)).toEqual({
      fieldErrors: {},
      general: ['The 2011-12 assessment has been submitted'],
    });
    expect(problemsFromGraphQLErrors([conflict], { ...WORDING, conflictField: 'score' })).toEqual({
      fieldErrors: { score: 'The 2011-12 assessment has been submitted' },
      general: [],
    });
  });

  it('explains UNAUTHENTICATED and FORBIDDEN in the service’s words, once each', () => {
    expect(
      problemsFromGraphQLErrors(
        [error('jwt expired', 'UNAUTHENTICATED'), error('role', 'FORBIDDEN'), error('role', 'FORBIDDEN')],
        WORDING,
      ).general,
    ).toEqual(['Sign in again', 'Only the partnership may']);
  });

  it('passes NOT_FOUND on, and hides the detail of unexpected failures', () => {
    expect(
      problemsFromGraphQLErrors(
        [error('There is no assessment “x”', 'NOT_FOUND'), error('relation "x" does not exist', 'INTERNAL')],
        WORDING,
      ).general,
    ).toEqual(['There is no assessment “x”', UNEXPECTED_PROBLEM]);
  });

  it('reports an answer without errors as unexpected rather than as nothing', () => {
    expect(problemsFromGraphQLErrors([], WORDING).general).toEqual([UNEXPECTED_PROBLEM]);
  });

  it('lays the summary out in page order, fields first, each linking to its element', () => {
    expect(
      summaryItems<Field>(
        { fieldErrors: { rationale: 'Explain why', score: 'Select a level' }, general: ['Try again'] },
        ['score', 'rationale'],
        (field) => `field-${field}`,
      ),
    ).toEqual([
      { message: 'Select a level', targetId: 'field-score' },
      { message: 'Explain why', targetId: 'field-rationale' },
      { message: 'Try again' },
    ]);
  });
});
