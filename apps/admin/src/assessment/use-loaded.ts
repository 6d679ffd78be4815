// Runs a loader when a screen mounts or its arguments change, like useGraphQLQuery, for screens
// whose data takes more than one request; and lets a screen put in place what a mutation answered.
import { useCallback, useEffect, useState } from 'react';
import type { QueryState } from '../graphql';
import type { Loaded } from './assessment-loading';

type Loader<A, T> = (
  args: A,
  request: { readonly token: string | null; readonly signal: AbortSignal },
) => Promise<Loaded<T>>;

interface Settled<T> {
  readonly key: string;
  readonly state: QueryState<T>;
}

export interface LoadedState<T> {
  readonly state: QueryState<T>;
  /** Shows a newer value, such as the assessment a mutation answered with, without asking again. */
  readonly replace: (value: T) => void;
}

/** `load` must be a module-level function; `args` are compared by their JSON. */
export function useLoaded<A, T>(load: Loader<A, T>, args: A, token: string | null): LoadedState<T> {
  const key = JSON.stringify([args, token]);
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const [currentArgs, currentToken] = JSON.parse(key) as [A, string | null];
    load(currentArgs, { token: currentToken, signal: controller.signal }).then(
      (result) => {
        if (controller.signal.aborted) return;
        setSettled({
          key,
          state: result.ok ? { status: 'loaded', data: result.value } : { status: 'failed', errors: result.errors },
        });
      },
      () => {
        if (!controller.signal.aborted) setSettled({ key, state: { status: 'failed', errors: [] } });
      },
    );
    return () => controller.abort();
  }, [load, key]);

  const replace = useCallback((value: T) => setSettled({ key, state: { status: 'loaded', data: value } }), [key]);

  // A result for other arguments is stale: show loading rather than the wrong assessment.
  return { state: settled?.key === key ? settled.state : { status: 'loading' }, replace };
}
