import { conflict, forbidden as forbiddenError, invalid, notFound } from '@nsf/domain';
import { graphQLErrorFor, unauthenticated } from './graphql-errors';

describe('typed GraphQL errors', () => {
  it.each([
    [invalid('Enter the name', 'name'), { code: 'BAD_USER_INPUT', field: 'name' }],
    [conflict('Already registered'), { code: 'CONFLICT' }],
    [notFound('No such partnership'), { code: 'NOT_FOUND' }],
    [forbiddenError('Not your region'), { code: 'FORBIDDEN' }],
  ])('maps a domain error to extensions %#', (error, extensions) => {
    const graphQLError = graphQLErrorFor(error);
    expect(graphQLError.message).toBe(error.message);
    expect(graphQLError.extensions).toEqual(extensions);
  });

  it('says UNAUTHENTICATED when there is no valid token', () => {
    expect(unauthenticated().extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });
});
