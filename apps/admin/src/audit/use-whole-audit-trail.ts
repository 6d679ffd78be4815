// Loads every event of a partnership's audit trail when a screen mounts, reporting how many have
// arrived while the pages come in. Leaving the screen abandons the pages not yet fetched.
import { useEffect, useState } from 'react';
import { useAuth } from '../auth';
import type { GraphQLErrorItem } from '../graphql';
import { LARGEST_AUDIT_PAGE, type AuditEvent } from './audit-trail.query';
import { fetchWholeTrail } from './fetch-whole-trail';
import { requestTrailPage } from './request-trail-page';

export type WholeTrailState =
  | { readonly status: 'loading'; readonly eventsSoFar: number }
  | { readonly status: 'loaded'; readonly events: readonly AuditEvent[] }
  | { readonly status: 'failed'; readonly errors: readonly GraphQLErrorItem[] };

interface Settled {
  readonly key: string;
  readonly state: WholeTrailState;
}

export function useWholeAuditTrail(partnershipId: string): WholeTrailState {
  const { token } = useAuth();
  const key = JSON.stringify([partnershipId, token]);
  const [settled, setSettled] = useState<Settled | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const [id, currentToken] = JSON.parse(key) as [string, string | null];
    const report = (state: WholeTrailState) => {
      if (!controller.signal.aborted) setSettled({ key, state });
    };
    fetchWholeTrail(
      (after) =>
        requestTrailPage({
          partnershipId: id,
          first: LARGEST_AUDIT_PAGE,
          after,
          token: currentToken,
          signal: controller.signal,
        }),
      (eventsSoFar) => report({ status: 'loading', eventsSoFar }),
    ).then(
      (outcome) =>
        report(
          outcome.ok ? { status: 'loaded', events: outcome.events } : { status: 'failed', errors: outcome.errors },
        ),
      () => report({ status: 'failed', errors: [] }),
    );
    return () => controller.abort();
  }, [key]);

  return settled?.key === key ? settled.state : { status: 'loading', eventsSoFar: 0 };
}
