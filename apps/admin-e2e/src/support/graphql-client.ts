// Arranging and checking a spec's data through the API itself, signed in through the same
// development sign-in the app uses: what a spec sets up this way is not what it tests.
import { baseUrl } from './workspace';

export async function devToken(username: string): Promise<string> {
  const response = await fetch(`${baseUrl()}/auth/dev-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  if (!response.ok) throw new Error(`POST /auth/dev-login for ${username} answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Runs one operation and gives its data; any GraphQL error fails the spec with its message. */
export async function graphql<TData>(query: string, variables: Record<string, unknown>, token: string): Promise<TData> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: TData; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL failed: ${body.errors?.map((error) => error.message).join('; ') ?? response.status}`);
  }
  return body.data;
}

/** Runs one operation as a demo user, signed in by name through the development sign-in. */
export async function graphqlAs<TData>(
  username: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<TData> {
  return graphql<TData>(query, variables, await devToken(username));
}
