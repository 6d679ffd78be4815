// A small typed client for the platform's GraphQL endpoint: POST with a JSON body (Apollo's CSRF
// prevention refuses GET without a preflight header), bearer token when signed in.
import type { GraphQLErrorItem } from './graphql-error';

export type GraphQLResult<TData> =
  | { readonly ok: true; readonly data: TData }
  | { readonly ok: false; readonly errors: readonly GraphQLErrorItem[] };

export interface GraphQLRequestOptions {
  readonly token?: string | null;
  readonly signal?: AbortSignal;
}

/** Thrown when the server did not answer with GraphQL at all (network failure, proxy error page). */
export class GraphQLTransportError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GraphQLTransportError';
  }
}

interface GraphQLResponseBody<TData> {
  readonly data?: TData | null;
  readonly errors?: readonly GraphQLErrorItem[];
}

export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * Sends one operation. GraphQL errors come back as a value, not an exception, because the
 * screens treat them as expected outcomes (bad input, conflicts) that they must show.
 */
export async function graphqlRequest<TData, TVariables extends object = Record<string, never>>(
  query: string,
  variables: TVariables,
  options: GraphQLRequestOptions = {},
): Promise<GraphQLResult<TData>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;

  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
    signal: options.signal,
  });

  // GraphQL over HTTP answers request errors (e.g. invalid variables) with 4xx and a JSON body
  // that still lists the errors, so the body is read before the status is judged.
  const body = await readJson<TData>(response);
  if (body?.errors && body.errors.length > 0) return { ok: false, errors: body.errors };
  if (!response.ok || !body?.data) {
    throw new GraphQLTransportError(`GraphQL request failed with HTTP ${response.status}`, response.status);
  }
  return { ok: true, data: body.data };
}

async function readJson<TData>(response: Response): Promise<GraphQLResponseBody<TData> | null> {
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) return null;
  try {
    return (await response.json()) as GraphQLResponseBody<TData>;
  } catch {
    return null;
  }
}
