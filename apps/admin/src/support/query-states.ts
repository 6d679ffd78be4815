// Several queries shown as one: loading until all have loaded, failed as soon as one fails.
import type { QueryState } from '../graphql';

type Loaded<States extends readonly QueryState<unknown>[]> = {
  readonly [Index in keyof States]: States[Index] extends QueryState<infer Data> ? Data : never;
};

export function allLoaded<const States extends readonly QueryState<unknown>[]>(
  ...states: States
): QueryState<Loaded<States>> {
  const failed = states.find((state) => state.status === 'failed');
  if (failed) return failed;
  if (states.some((state) => state.status === 'loading')) return { status: 'loading' };
  return {
    status: 'loaded',
    data: states.map((state) => (state.status === 'loaded' ? state.data : undefined)) as unknown as Loaded<States>,
  };
}
