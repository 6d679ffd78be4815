// One support case with what its screens need around it: the partnership, the offers and
// hallmarks, and the partnership's history the case is read from.
import type { QueryState } from '../graphql';
import type { HistoryEvent } from './partnership-history.query';
import { allLoaded } from './query-states';
import { supportCasesFrom, type SupportCaseRecord } from './support-case';
import { caseIdFor } from './support-case-id';
import type { SupportContext } from './support-context.query';
import type { CaseExpectation } from './support-notice';
import { usePartnershipHistory } from './use-partnership-history';
import { useSupportContext } from './use-support-data';

export interface LoadedCase {
  readonly context: SupportContext;
  readonly history: readonly HistoryEvent[];
  /** Null when the partnership has no such case. */
  readonly supportCase: SupportCaseRecord | null;
}

export function useSupportCase(
  partnershipId: string,
  caseUuid: string,
  token: string | null,
  expectation: CaseExpectation | null,
): QueryState<LoadedCase> {
  const context = useSupportContext(partnershipId, token);
  const history = usePartnershipHistory(partnershipId, token, expectation);
  const loaded = allLoaded(context, history);
  if (loaded.status !== 'loaded') return loaded;
  const [contextData, events] = loaded.data;
  const caseId = caseIdFor(partnershipId, caseUuid);
  const supportCase = supportCasesFrom(events, partnershipId).find((candidate) => candidate.caseId === caseId) ?? null;
  return { status: 'loaded', data: { context: contextData, history: events, supportCase } };
}
