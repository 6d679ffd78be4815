// The list of regions, fetched once per page load: it is reference data that several screens
// need (filters, the registration form, sign-in hints) and it does not change while they run.
import { useEffect, useState } from 'react';
import { graphqlRequest } from '../graphql';
import type { Region } from './region';

const REGIONS_QUERY = /* GraphQL */ `
  query Regions {
    regions {
      code
      name
      country
    }
  }
`;

export type RegionsState =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly regions: readonly Region[] }
  | { readonly status: 'failed' };

let cached: Promise<readonly Region[]> | null = null;

function loadRegions(): Promise<readonly Region[]> {
  cached ??= graphqlRequest<{ regions: readonly Region[] }>(REGIONS_QUERY, {}).then((result) => {
    if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '));
    return result.data.regions;
  });
  // A failed load must not stick for the rest of the session: the next screen tries again.
  cached.catch(() => {
    cached = null;
  });
  return cached;
}

export function useRegions(): RegionsState {
  const [state, setState] = useState<RegionsState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    loadRegions().then(
      (regions) => current && setState({ status: 'loaded', regions }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}

/** The regions when known, otherwise none: for screens that can work without them for a moment. */
export function knownRegions(state: RegionsState): readonly Region[] {
  return state.status === 'loaded' ? state.regions : [];
}
