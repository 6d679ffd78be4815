// The queries the support screens share: the partnership with the offers and hallmarks, and the
// partnership's evidence in plain words.
import { useGraphQLQuery, type QueryState } from '../graphql';
import { NAMED_EVENT_TYPES, type EvidenceEntry } from './evidence';
import { EVIDENCE_LOOKUP_SIZE, EVIDENCE_QUERY, type EvidenceData, type EvidenceVariables } from './evidence.query';
import { SUPPORT_CONTEXT_QUERY, type SupportContext, type SupportContextVariables } from './support-context.query';

export function useSupportContext(partnershipId: string, token: string | null): QueryState<SupportContext> {
  return useGraphQLQuery<SupportContext, SupportContextVariables>(SUPPORT_CONTEXT_QUERY, { partnershipId }, token);
}

export function useEvidence(partnershipId: string, token: string | null): QueryState<readonly EvidenceEntry[]> {
  const result = useGraphQLQuery<EvidenceData, EvidenceVariables>(
    EVIDENCE_QUERY,
    { partnershipId, first: EVIDENCE_LOOKUP_SIZE, types: NAMED_EVENT_TYPES },
    token,
  );
  return result.status === 'loaded'
    ? { status: 'loaded', data: result.data.timeline.edges.map((edge) => edge.node) }
    : result;
}
