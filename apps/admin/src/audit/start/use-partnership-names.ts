// Every partnership's name, fetched when the start page opens.
import { useEffect, useState } from 'react';
import { useAuth } from '../../auth';
import { fetchPartnershipNames, type PartnershipName } from './audit-partnerships.query';

export type PartnershipNamesState =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly partnerships: readonly PartnershipName[] }
  | { readonly status: 'failed' };

export function usePartnershipNames(): PartnershipNamesState {
  const { token } = useAuth();
  const [state, setState] = useState<{ token: string | null; value: PartnershipNamesState } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const settle = (value: PartnershipNamesState) => {
      if (!controller.signal.aborted) setState({ token, value });
    };
    fetchPartnershipNames(token, controller.signal).then(
      (outcome) => settle(outcome.ok ? { status: 'loaded', partnerships: outcome.partnerships } : { status: 'failed' }),
      () => settle({ status: 'failed' }),
    );
    return () => controller.abort();
  }, [token]);
  return state && state.token === token ? state.value : { status: 'loading' };
}
