// Runs a GraphQL query when a screen mounts or its variables change, and exposes the outcome as
// a state the screen renders: loading, loaded, or failed (with the GraphQL errors if any).
// A screen that learns its data changed (a live update) asks again by raising `refresh`: the
// rows already shown stay until the new answer arrives, and a failed refresh leaves them be.
import { useEffect, useState } from 'react';
import type { GraphQLErrorItem } from './graphql-error';
import { graphqlRequest } from './graphql-request';

export type QueryState<TData> =
  | { readonly status: 'loading' }
  | {
      readonly status: 'loaded';
      readonly data: TData;
      /** The `refresh` the data answers (states built elsewhere from other sources have none). */
      readonly refreshed?: number;
    }
  | { readonly status: 'failed'; readonly errors: readonly GraphQLErrorItem[] };

interface Settled<TData> {
  readonly key: string;
  readonly state: QueryState<TData>;
}

export function useGraphQLQuery<TData, TVariables extends object>(
  query: string,
  variables: TVariables,
  token: string | null,
  refresh = 0,
): QueryState<TData> {
  // Variables arrive as a fresh object on every render; their JSON is the stable identity.
  const key = JSON.stringify([query, variables, token]);
  const [settled, setSettled] = useState<Settled<TData> | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const [currentQuery, currentVariables, currentToken] = JSON.parse(key) as [string, TVariables, string | null];
    const keepOnFailure = (current: Settled<TData> | null) => current?.key === key && current.state.status === 'loaded';
    graphqlRequest<TData, TVariables>(currentQuery, currentVariables, {
      token: currentToken,
      signal: controller.signal,
    }).then(
      (result) => {
        if (controller.signal.aborted) return;
        setSettled((current) =>
          !result.ok && keepOnFailure(current)
            ? current
            : {
                key,
                state: result.ok
                  ? { status: 'loaded', data: result.data, refreshed: refresh }
                  : { status: 'failed', errors: result.errors },
              },
        );
      },
      () => {
        if (controller.signal.aborted) return;
        setSettled((current) => (keepOnFailure(current) ? current : { key, state: { status: 'failed', errors: [] } }));
      },
    );
    return () => controller.abort();
  }, [key, refresh]);

  // A result for other variables is stale: show loading rather than the wrong rows.
  return settled?.key === key ? settled.state : { status: 'loading' };
}
