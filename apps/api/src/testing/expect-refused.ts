import type { SqlDatabase } from '@nsf/sql';
import { attempt } from '../assessments/assessment-requests';
import type { GraphQLResponse } from './platform-harness';

/**
 * Runs a request that must be refused and checks, in one assertion, that the refusal is typed
 * (extensions.code, and the field when given), says something, and appended no event.
 * Returns the message, for specs that check its wording.
 */
export async function expectRefused(
  db: SqlDatabase,
  request: () => Promise<GraphQLResponse<unknown>>,
  expected: { code: string; field?: string },
): Promise<string> {
  const outcome = await attempt(db, request);
  expect(outcome).toMatchObject({
    data: null,
    error: { message: expect.stringMatching(/\w/) as unknown, extensions: expected },
    appended: 0,
  });
  return outcome.error?.message ?? '';
}
