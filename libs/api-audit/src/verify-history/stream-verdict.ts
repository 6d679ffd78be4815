import { verifyChain, type ChainProblem, type RecordedEvent } from '@nsf/event-store';

/** One stream's hash chain as recomputed from the events the store gave back. */
export interface StreamVerdict {
  readonly streamId: string;
  readonly eventsChecked: number;
  readonly firstAltered: { readonly eventId: string; readonly revision: number; readonly reason: string } | null;
}

const REASONS: Record<ChainProblem, (expected: string | number | null) => string> = {
  hash_mismatch: () =>
    'Its content no longer matches the hash recorded when it was written: it was altered after it was recorded.',
  broken_link: () => 'It does not link to the event before it: an event before it was altered, replaced or removed.',
  revision_gap: (expected) => `Revision ${String(expected)} is missing before it: an event was removed.`,
};

/**
 * verifyChain takes a stream's first event as given unless it is revision 0, which suits slices
 * of the log; a whole stream read back from the store must start at 0, or its head was removed.
 */
export function streamVerdict(streamId: string, events: readonly RecordedEvent[]): StreamVerdict {
  if (events.length > 0 && events[0].revision !== 0) {
    return {
      streamId,
      eventsChecked: 1,
      firstAltered: { eventId: events[0].id, revision: events[0].revision, reason: REASONS.revision_gap(0) },
    };
  }
  const verdict = verifyChain(events);
  if (verdict.ok) return { streamId, eventsChecked: verdict.checked, firstAltered: null };
  return {
    streamId,
    eventsChecked: verdict.index + 1,
    firstAltered: {
      eventId: verdict.event.id,
      revision: verdict.event.revision,
      reason: REASONS[verdict.problem](verdict.expected),
    },
  };
}
