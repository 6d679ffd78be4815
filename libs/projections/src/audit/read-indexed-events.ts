import type { EventStore, RecordedEvent } from '@nsf/event-store';

/**
 * The envelopes of the events a page of the audit index names, read from the event store: the
 * index holds where each event is, the store holds the event (the source of truth, never copied).
 * Only the port's readStream is used, so it reads the same on every adapter (SQL, in-memory,
 * KurrentDB): one read per run of consecutive revisions of a stream, the runs read together.
 */

/** An event's place in its stream, and its id where the index names it. */
export interface IndexedPlace {
  readonly streamId: string;
  readonly revision: number;
  readonly eventId?: string;
}

/** The event at an indexed place. @throws Error when the store does not hold it there. */
export type EventAt = (place: IndexedPlace) => RecordedEvent;

export async function readIndexedEvents(store: EventStore, places: readonly IndexedPlace[]): Promise<EventAt> {
  const runs = revisionRuns(places);
  const read = await Promise.all(
    runs.map((run) => store.readStream(run.streamId, { fromRevision: run.fromRevision, maxCount: run.count })),
  );
  const events = new Map<string, RecordedEvent>();
  read.forEach((streamEvents, index) => {
    for (const event of streamEvents) events.set(keyOf(runs[index].streamId, event.revision), event);
  });
  return (place) => {
    const event = events.get(keyOf(place.streamId, place.revision));
    if (event && (place.eventId === undefined || event.id === place.eventId)) return event;
    // The log is append-only and the index is built from it, so this is never a race: the store
    // lost or altered an event, or the index was built from another log. Rebuild after checking.
    throw new Error(
      `the audit index names ${place.eventId ? `event ${place.eventId}` : 'an event'} at revision ` +
        `${place.revision} of stream ${place.streamId}, but the event store holds ` +
        `${event ? `event ${event.id}` : 'no event'} there: the event store or the audit index is corrupt`,
    );
  };
}

interface RevisionRun {
  readonly streamId: string;
  readonly fromRevision: number;
  readonly count: number;
}

/** The places grouped by stream into runs of consecutive revisions (duplicates read once). */
export function revisionRuns(places: readonly IndexedPlace[]): RevisionRun[] {
  const byStream = new Map<string, Set<number>>();
  for (const { streamId, revision } of places) {
    const revisions = byStream.get(streamId) ?? new Set<number>();
    revisions.add(revision);
    byStream.set(streamId, revisions);
  }
  const runs: RevisionRun[] = [];
  for (const [streamId, set] of byStream) {
    const revisions = [...set].sort((a, b) => a - b);
    let fromRevision = revisions[0];
    let count = 1;
    for (const revision of revisions.slice(1)) {
      if (revision === fromRevision + count) {
        count++;
      } else {
        runs.push({ streamId, fromRevision, count });
        fromRevision = revision;
        count = 1;
      }
    }
    runs.push({ streamId, fromRevision, count });
  }
  return runs;
}

function keyOf(streamId: string, revision: number): string {
  return `${revision}:${streamId}`;
}
