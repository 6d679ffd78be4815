// What the partnership page's layout hands the section shown inside it: the partnership's id and
// its view, fetched once for the identity bar and every section, so moving between sections does
// not fetch it again.
import { useOutletContext } from 'react-router';
import type { QueryState } from '../graphql';
import type { PartnershipData } from './partnership.query';

export interface PartnershipContext {
  readonly partnershipId: string;
  readonly view: QueryState<PartnershipData>;
}

/** For a section rendered inside PartnershipLayout. */
export function usePartnership(): PartnershipContext {
  return useOutletContext<PartnershipContext>();
}

/** The partnership's name once known; null while loading, or outside the partnership page. */
export function usePartnershipName(): string | null {
  const context = useOutletContext<PartnershipContext | undefined>();
  return context?.view.status === 'loaded' ? context.view.data.partnership.name : null;
}
