/**
 * Reading a page's envelopes from the event store (the in-memory adapter: only the port is used):
 * one readStream per run of consecutive revisions of a stream, every place answered with the
 * store's own event, and a place the store does not hold refused as corruption.
 */
import { randomUUID } from 'node:crypto';
import { createMemoryEventStore, type EventStore, type EventToAppend, type ReadStreamOptions } from '@nsf/event-store';
import { readIndexedEvents, revisionRuns } from './read-indexed-events';

function event(index: number): EventToAppend {
  return {
    id: randomUUID(),
    type: 'CriterionScored',
    schemaVersion: 1,
    tenantId: 'north_west-allerdale-cdrp',
    occurredAt: '2009-04-01T09:30:00.000Z',
    actor: 'liam.lead',
    reason: null,
    commandId: randomUUID(),
    correlationId: randomUUID(),
    causationId: null,
    data: { index },
    metadata: {},
  };
}

describe('reading indexed events from the store', () => {
  let store: EventStore;
  let reads: { streamId: string; options: ReadStreamOptions | undefined }[];

  beforeEach(async () => {
    const memory = createMemoryEventStore();
    await memory.appendToStream('a', [0, 1, 2, 3, 4, 5].map(event), { expectedRevision: 'no_stream' });
    await memory.appendToStream('b', [0, 1].map(event), { expectedRevision: 'no_stream' });
    reads = [];
    store = {
      appendToStream: (...args) => memory.appendToStream(...args),
      readAll: (...args) => memory.readAll(...args),
      readStreams: (...args) => memory.readStreams(...args),
      subscribeToAll: (...args) => memory.subscribeToAll(...args),
      close: () => memory.close(),
      readStream: (streamId, options) => {
        reads.push({ streamId, options });
        return memory.readStream(streamId, options);
      },
    };
  });

  it('groups places by stream into runs of consecutive revisions, each place once', () => {
    const places = [5, 0, 1, 3, 1, 4].map((revision) => ({ streamId: 'a', revision }));
    expect(revisionRuns([...places, { streamId: 'b', revision: 1 }])).toEqual([
      { streamId: 'a', fromRevision: 0, count: 2 },
      { streamId: 'a', fromRevision: 3, count: 3 },
      { streamId: 'b', fromRevision: 1, count: 1 },
    ]);
  });

  it('reads each run once and answers every place with the store’s event', async () => {
    const stored = [...(await store.readStream('a')), ...(await store.readStream('b'))];
    reads = [];
    const places = [
      { streamId: 'a', revision: 4 },
      { streamId: 'b', revision: 0 },
      { streamId: 'a', revision: 2, eventId: stored[2].id },
      { streamId: 'a', revision: 3 },
    ];
    const eventAt = await readIndexedEvents(store, places);
    expect(reads).toEqual([
      { streamId: 'a', options: { fromRevision: 2, maxCount: 3 } },
      { streamId: 'b', options: { fromRevision: 0, maxCount: 1 } },
    ]);
    expect(places.map(eventAt)).toEqual([stored[4], stored[6], stored[2], stored[3]]);
  });

  it('refuses a place the store does not hold, or holds another event at, as corruption', async () => {
    const eventAt = await readIndexedEvents(store, [
      { streamId: 'a', revision: 9 },
      { streamId: 'a', revision: 1 },
    ]);
    expect(() => eventAt({ streamId: 'a', revision: 9, eventId: 'e-9' })).toThrow(
      'the audit index names event e-9 at revision 9 of stream a, but the event store holds no event there',
    );
    expect(() => eventAt({ streamId: 'a', revision: 1, eventId: 'e-1' })).toThrow(/holds event [0-9a-f-]{36} there/);
    expect(() => eventAt({ streamId: 'a', revision: 1, eventId: 'e-1' })).toThrow(/corrupt/);
  });
});
