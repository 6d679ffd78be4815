// Reads a partnership's whole history (every page of its audit trail). When a form has just
// changed a case, the read model may not show the change yet: the history is then read again,
// a few times and briefly, until it does; after that it is shown as it is.
import { useEffect, useState } from 'react';
import { graphqlRequest, type GraphQLErrorItem, type QueryState } from '../graphql';
import {
  HISTORY_PAGE_SIZE,
  PARTNERSHIP_HISTORY_QUERY,
  type HistoryEvent,
  type PartnershipHistoryData,
  type PartnershipHistoryVariables,
} from './partnership-history.query';
import { supportCasesFrom } from './support-case';
import { caseMeetsExpectation, type CaseExpectation } from './support-notice';

const MAX_READS = 12;
const READ_AGAIN_AFTER_MS = 250;
/** A guard against a server that never stops paging: far beyond any partnership's history. */
const MAX_PAGES = 100;

type HistoryRead =
  | { readonly ok: true; readonly events: readonly HistoryEvent[] }
  | { readonly ok: false; readonly errors: readonly GraphQLErrorItem[] };

interface Settled {
  readonly key: string;
  readonly state: QueryState<readonly HistoryEvent[]>;
}

export function usePartnershipHistory(
  partnershipId: string,
  token: string | null,
  expectation: CaseExpectation | null,
): QueryState<readonly HistoryEvent[]> {
  const key = JSON.stringify([partnershipId, token, expectation]);
  const [settled, setSettled] = useState<Settled | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const [id, bearer, expected] = JSON.parse(key) as [string, string | null, CaseExpectation | null];
    const settle = (state: QueryState<readonly HistoryEvent[]>) => {
      if (!controller.signal.aborted) setSettled({ key, state });
    };
    const run = async () => {
      for (let read = 1; ; read++) {
        const result = await readHistory(id, bearer, controller.signal);
        if (controller.signal.aborted) return;
        if (!result.ok) return settle({ status: 'failed', errors: result.errors });
        const caughtUp = !expected || caseMeetsExpectation(supportCasesFrom(result.events, id), expected);
        if (caughtUp || read >= MAX_READS) return settle({ status: 'loaded', data: result.events });
        await new Promise((resolve) => setTimeout(resolve, READ_AGAIN_AFTER_MS));
      }
    };
    run().catch(() => settle({ status: 'failed', errors: [] }));
    return () => controller.abort();
  }, [key]);

  return settled?.key === key ? settled.state : { status: 'loading' };
}

async function readHistory(partnershipId: string, token: string | null, signal: AbortSignal): Promise<HistoryRead> {
  const events: HistoryEvent[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await graphqlRequest<PartnershipHistoryData, PartnershipHistoryVariables>(
      PARTNERSHIP_HISTORY_QUERY,
      { partnershipId, first: HISTORY_PAGE_SIZE, ...(after ? { after } : {}) },
      { token, signal },
    );
    if (!result.ok) return result;
    const { edges, pageInfo } = result.data.auditTrail;
    events.push(...edges.map((edge) => edge.node));
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) break;
    after = pageInfo.endCursor;
  }
  return { ok: true, events };
}
