/**
 * The national demo history (@nsf/demo-data: 368 partnerships, three years, some 57,000 events)
 * appended to an empty event store as the platform's first start does it: each stream's whole
 * history in one append.
 */
import { createHash } from 'node:crypto';
import { DEMO_HISTORY_SEED, generateDemoHistory, type DeriveId } from '@nsf/demo-data';
import type { EventStore } from '@nsf/event-store';

export interface SeededHistory {
  readonly events: number;
  readonly streams: number;
}

/**
 * A name-based, UUID-shaped id for each generated event. The platform's own derivation lives in
 * the API, which tools may not import; any injective derivation gives the same history.
 */
const benchIds: DeriveId = (name, index) => {
  const hex = createHash('sha256').update(`bench:${name}:${index}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

export async function seedDemoHistory(store: EventStore): Promise<SeededHistory> {
  const history = generateDemoHistory({ idFor: benchIds, seed: DEMO_HISTORY_SEED });
  for (const stream of history.streams) {
    await store.appendToStream(stream.streamId, stream.events, { expectedRevision: 'no_stream' });
  }
  return { events: history.eventCount, streams: history.streams.length };
}
