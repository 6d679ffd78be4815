// The platform's GraphQL API as another user would reach it while a spec's browser looks on: a
// token from the development sign-in, then plain POSTs. For changes a spec needs made by someone
// else (the browser must not be the one making them).
import { baseUrl } from './workspace';

export interface GraphQLAnswer<Data> {
  readonly data?: Data | null;
  readonly errors?: readonly { readonly message: string; readonly extensions?: { readonly code?: string } }[];
}

/** A token from the development sign-in, as the named demo user. */
export { devToken as apiToken } from './graphql-client';

export async function graphql<Data>(
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLAnswer<Data>> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer<Data>;
}

/** The data of a request that must succeed for the spec to go on; a failure names the step. */
export async function must<Data>(step: string, answer: Promise<GraphQLAnswer<Data>>): Promise<Data> {
  const { data, errors } = await answer;
  if (errors?.length || !data) throw new Error(`${step} failed: ${errors?.[0]?.message ?? 'no data'}`);
  return data;
}
