// The events table's pages of the audit trail: the first when the screen opens, each further one
// when asked for ("Load more"), kept in order so a selected event can be shown from them.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAuth } from '../../auth';
import type { GraphQLErrorItem } from '../../graphql';
import type { AuditEvent } from '../audit-trail.query';
import { requestTrailPage } from '../request-trail-page';

export const EVENTS_PAGE_SIZE = 50;

export interface TrailPages {
  readonly events: readonly AuditEvent[];
  /** Where the page loaded last starts among the events, so focus can move to it. */
  readonly firstNewIndex: number;
  readonly status: 'loading' | 'ready' | 'failed';
  readonly errors: readonly GraphQLErrorItem[];
  readonly hasNextPage: boolean;
  readonly loadMore: () => void;
}

interface Loaded {
  readonly key: string;
  readonly events: readonly AuditEvent[];
  readonly firstNewIndex: number;
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
  readonly status: 'loading' | 'ready' | 'failed';
  readonly errors: readonly GraphQLErrorItem[];
}

const nothingYet = (key: string): Loaded => ({
  key,
  events: [],
  firstNewIndex: 0,
  endCursor: null,
  hasNextPage: false,
  status: 'loading',
  errors: [],
});

export function useTrailPages(partnershipId: string): TrailPages {
  const { token } = useAuth();
  const key = JSON.stringify([partnershipId, token]);
  const [loaded, setLoaded] = useState<Loaded>(() => nothingYet(key));
  const controllers = useRef<AbortController[]>([]);

  const fetchPage = useCallback(
    (after: string | null) => {
      const controller = new AbortController();
      controllers.current.push(controller);
      setLoaded((current) => ({ ...current, status: 'loading' }));
      requestTrailPage({ partnershipId, first: EVENTS_PAGE_SIZE, after, token, signal: controller.signal })
        .then(
          (outcome) => {
            if (controller.signal.aborted) return;
            setLoaded((current) =>
              outcome.ok
                ? {
                    key,
                    events: [...current.events, ...outcome.page.events],
                    firstNewIndex: current.events.length,
                    endCursor: outcome.page.endCursor,
                    hasNextPage: outcome.page.hasNextPage,
                    status: 'ready',
                    errors: [],
                  }
                : { ...current, status: 'failed', errors: outcome.errors },
            );
          },
          () => {
            if (!controller.signal.aborted) setLoaded((current) => ({ ...current, status: 'failed', errors: [] }));
          },
        )
        .finally(() => {
          controllers.current = controllers.current.filter((candidate) => candidate !== controller);
        });
    },
    [key, partnershipId, token],
  );

  // A new partnership (or a new session) starts again from the first page.
  useEffect(() => {
    setLoaded(nothingYet(key));
    fetchPage(null);
    const pending = controllers;
    return () => {
      for (const controller of pending.current) controller.abort();
      pending.current = [];
    };
  }, [key, fetchPage]);

  const { endCursor, hasNextPage, status } = loaded;
  const loadMore = useCallback(() => {
    if (status !== 'loading' && hasNextPage && endCursor) fetchPage(endCursor);
  }, [status, hasNextPage, endCursor, fetchPage]);

  return {
    events: loaded.key === key ? loaded.events : [],
    firstNewIndex: loaded.firstNewIndex,
    status: loaded.key === key ? loaded.status : 'loading',
    errors: loaded.errors,
    hasNextPage: loaded.key === key && loaded.hasNextPage,
    loadMore,
  };
}
