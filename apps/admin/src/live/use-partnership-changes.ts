// Follows the platform's live channel for an open overview: GET /events/overview, read with fetch
// so the bearer token travels in the Authorization header (EventSource cannot send one, and a
// token in the URL would end up in logs and history). Changes that arrive close together are
// handed over as one batch, so a burst of changes means one refetch. A dropped connection is
// opened again after a pause, and, since changes may have been missed meanwhile, reported as a
// batch of none; a refusal (signed out, not allowed) ends following.
import { useEffect, useRef, useState } from 'react';
import { readPartnershipChange, type PartnershipChange } from './partnership-change';
import { parseServerSentEvents } from './server-sent-events';

export const OVERVIEW_EVENTS_ENDPOINT = '/events/overview';

/** How long to gather changes before handing them over. */
const BATCH_MS = 250;
/** How long to wait before opening a dropped connection again. */
const RECONNECT_MS = 5000;

interface FollowOptions {
  readonly token: string | null;
  /** The region the overview shows; null for every partnership the caller may see. */
  readonly region: string | null;
  /** Following only while the overview shows "now", not a past date. */
  readonly enabled: boolean;
  readonly onChanges: (changes: readonly PartnershipChange[]) => void;
}

/** Whether the channel is following: changes made from then on will be heard. */
export function usePartnershipChanges({ token, region, enabled, onChanges }: FollowOptions): boolean {
  const [following, setFollowing] = useState<string | null>(null);
  const handOver = useRef(onChanges);
  useEffect(() => {
    handOver.current = onChanges;
  }, [onChanges]);

  const key = enabled && token ? JSON.stringify([token, region]) : null;
  useEffect(() => {
    if (!key) return;
    const [currentToken, currentRegion] = JSON.parse(key) as [string, string | null];
    const controller = new AbortController();
    let gathered: PartnershipChange[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const gather = (change: PartnershipChange | null) => {
      if (change) gathered.push(change);
      timer ??= setTimeout(() => {
        timer = undefined;
        const batch = gathered;
        gathered = [];
        handOver.current(batch);
      }, BATCH_MS);
    };

    void (async () => {
      let connections = 0;
      while (!controller.signal.aborted) {
        try {
          const search = currentRegion ? `?region=${encodeURIComponent(currentRegion)}` : '';
          const response = await fetch(`${OVERVIEW_EVENTS_ENDPOINT}${search}`, {
            headers: { accept: 'text/event-stream', authorization: `Bearer ${currentToken}` },
            cache: 'no-store',
            signal: controller.signal,
          });
          // Signed out, or not allowed: asking again will not change the answer.
          if ([400, 401, 403].includes(response.status)) return;
          if (!response.ok || !response.body) throw new Error(`the live channel answered ${response.status}`);
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffered = '';
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            const { events, rest } = parseServerSentEvents(buffered + value);
            buffered = rest;
            for (const event of events) {
              if (event.event === 'ready') {
                setFollowing(key);
                if (connections++ > 0) gather(null);
              } else if (event.event === 'partnership-changed') {
                gather(readPartnershipChange(event.data));
              }
            }
          }
        } catch {
          // A dropped connection, or unmounted (aborted): the loop decides which.
        }
        if (controller.signal.aborted) return;
        setFollowing(null);
        await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
      }
    })();

    return () => {
      controller.abort();
      clearTimeout(timer);
      setFollowing(null);
    };
  }, [key]);

  return following !== null && following === key;
}
