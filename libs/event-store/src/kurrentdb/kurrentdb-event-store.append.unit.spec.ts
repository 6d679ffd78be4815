import { NO_STREAM, UnavailableError } from '@kurrent/kurrentdb-client';
import type { JSONEventData } from '@kurrent/kurrentdb-client';
import {
  EventIdConflictError,
  EventStoreUnavailableError,
  InvalidEventError,
  StreamDeletedError,
  WrongExpectedRevisionError,
} from '../errors';
import type { RecordedEvent } from '../envelope';
import { verifyChain } from '../verify-chain';
import { KurrentDbEventStore } from './kurrentdb-event-store';
import { anEvent } from './testing/builders';
import { writeAsAnotherWriter } from './testing/another-writer';
import { FakeKurrentDb } from './testing/fake-kurrentdb';

const STREAM = 'assessment-1';

function expectIntactChain(events: readonly RecordedEvent[]): void {
  expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => i));
  expect(verifyChain(events)).toEqual({ ok: true, checked: events.length });
}

describe('KurrentDbEventStore.appendToStream (over an in-memory KurrentDB)', () => {
  let server: FakeKurrentDb;
  let store: KurrentDbEventStore;

  beforeEach(() => {
    server = new FakeKurrentDb();
    store = new KurrentDbEventStore(server, { deadlineMs: 1_500 });
  });

  describe('when the stream is new', () => {
    it('writes our ids, types and envelope, with NO_STREAM and the configured deadline', async () => {
      const events = [anEvent(), anEvent({ type: 'AssessmentSubmitted' })];
      const result = await store.appendToStream(STREAM, events, { expectedRevision: 'no_stream' });

      const [call] = server.appendCalls;
      expect(call.options).toEqual({ streamState: NO_STREAM, deadline: 1_500 });
      expect(call.events.map((e) => [e.id, e.type])).toEqual(events.map((e) => [e.id, e.type]));
      expect((call.events[0] as JSONEventData).metadata).toMatchObject({ commandId: events[0].commandId, revision: 0 });
      expect(result).toEqual({
        streamId: STREAM,
        nextExpectedRevision: 1,
        events: [
          { id: events[0].id, revision: 0, globalPosition: 1000, hash: expect.any(String) },
          { id: events[1].id, revision: 1, globalPosition: 1137, hash: expect.any(String) },
        ],
      });
    });

    it('stores a hash chain that recomputes, and returns its hashes', async () => {
      const result = await store.appendToStream(STREAM, [anEvent(), anEvent(), anEvent()], { expectedRevision: 'any' });
      const stored = await store.readStream(STREAM);
      expectIntactChain(stored);
      expect(result.events.map((e) => e.hash)).toEqual(stored.map((e) => e.hash));
    });
  });

  describe('when the stream has events', () => {
    beforeEach(async () => {
      await store.appendToStream(STREAM, [anEvent(), anEvent()], { expectedRevision: 'no_stream' });
    });

    it.each(['any', 'stream_exists', 1] as const)(
      "chains onto the head and sends the head's exact revision (%s)",
      async (expected) => {
        const result = await store.appendToStream(STREAM, [anEvent()], { expectedRevision: expected });
        expect(server.appendCalls[1].options.streamState).toBe(1n);
        expect(result.nextExpectedRevision).toBe(2);
        expectIntactChain(await store.readStream(STREAM));
      },
    );

    it.each([
      ['no_stream', 1],
      [0, 1],
      [5, 1],
    ] as const)('refuses expectation %s with the actual revision %s, appending nothing', async (expected, actual) => {
      const attempt = store.appendToStream(STREAM, [anEvent()], { expectedRevision: expected });
      await expect(attempt).rejects.toThrow(WrongExpectedRevisionError);
      await expect(attempt).rejects.toMatchObject({ streamId: STREAM, expected, actual });
      expect(server.appendCalls).toHaveLength(1);
    });
  });

  describe('when another writer gets in between our read and our write', () => {
    beforeEach(async () => {
      await store.appendToStream(STREAM, [anEvent()], { expectedRevision: 'no_stream' });
    });

    function interveneOnce(): void {
      let done = false;
      server.beforeAppend = (streamId) => {
        if (done) return;
        done = true;
        writeAsAnotherWriter(server, streamId, anEvent({ actor: 'user:bob' }));
      };
    }

    it.each(['any', 'stream_exists'] as const)(
      '%s: re-reads the head and chains onto the new one — no fork',
      async (expected) => {
        interveneOnce();
        const result = await store.appendToStream(STREAM, [anEvent()], { expectedRevision: expected });
        expect(result.nextExpectedRevision).toBe(2);
        expect(server.appendCalls.slice(1).map((c) => c.options.streamState)).toEqual([0n, 1n]);
        const stored = await store.readStream(STREAM);
        expect(stored.map((e) => e.actor)).toEqual(['user:alice', 'user:bob', 'user:alice']);
        expectIntactChain(stored);
      },
    );

    it('an exact expectation fails with the revision the other writer left', async () => {
      interveneOnce();
      await expect(store.appendToStream(STREAM, [anEvent()], { expectedRevision: 0 })).rejects.toMatchObject({
        name: 'WrongExpectedRevisionError',
        expected: 0,
        actual: 1,
      });
    });

    it('gives up after the configured number of rounds, as a wrong expected revision', async () => {
      const busy = new KurrentDbEventStore(server, { maxAppendAttempts: 3 });
      server.beforeAppend = (streamId) => writeAsAnotherWriter(server, streamId, anEvent({ actor: 'user:bob' }));
      await expect(busy.appendToStream(STREAM, [anEvent()], { expectedRevision: 'any' })).rejects.toMatchObject({
        name: 'WrongExpectedRevisionError',
        expected: 'any',
      });
      expect(server.appendCalls).toHaveLength(1 + 3);
      expectIntactChain(await store.readStream(STREAM));
    });
  });

  describe('when the same append is retried', () => {
    it('returns the original result and writes nothing, even with the now-stale expectation', async () => {
      const events = [anEvent(), anEvent()];
      const original = await store.appendToStream(STREAM, events, { expectedRevision: 'no_stream' });
      const retried = await store.appendToStream(STREAM, events, { expectedRevision: 'no_stream' });
      expect(retried).toEqual(original);
      expect(server.appendCalls).toHaveLength(1);
      expect(await store.readStream(STREAM)).toHaveLength(2);
    });

    it("returns the original result for 'any' instead of appending duplicates", async () => {
      const events = [anEvent()];
      const original = await store.appendToStream(STREAM, events, { expectedRevision: 'any' });
      await store.appendToStream(STREAM, [anEvent()], { expectedRevision: 'any' });
      expect(await store.appendToStream(STREAM, events, { expectedRevision: 'any' })).toEqual(original);
      expect(await store.readStream(STREAM)).toHaveLength(2);
    });

    it('reports reused ids with different content as an event-id conflict', async () => {
      const event = anEvent();
      await store.appendToStream(STREAM, [event], { expectedRevision: 'no_stream' });
      const attempt = store.appendToStream(STREAM, [{ ...event, reason: 'changed' }], { expectedRevision: 0 });
      await expect(attempt).rejects.toThrow(EventIdConflictError);
      await expect(attempt).rejects.toMatchObject({ eventIds: [event.id] });
    });
  });

  describe('failures', () => {
    it('a deleted (tombstoned) stream → StreamDeletedError', async () => {
      server.tombstone(STREAM);
      await expect(store.appendToStream(STREAM, [anEvent()], { expectedRevision: 'any' })).rejects.toThrow(
        StreamDeletedError,
      );
    });

    it('an unreachable server → EventStoreUnavailableError', async () => {
      server.beforeAppend = () => {
        throw new UnavailableError(undefined, 'connection refused');
      };
      await expect(store.appendToStream(STREAM, [anEvent()], { expectedRevision: 'any' })).rejects.toThrow(
        EventStoreUnavailableError,
      );
    });

    it('a server too old to report log positions on stream reads → a clear error', async () => {
      server.streamReadsWithoutPosition = true;
      await expect(store.appendToStream(STREAM, [anEvent()], { expectedRevision: 'any' })).rejects.toThrow(
        /22\.6 or later/,
      );
    });
  });

  describe('invalid appends are refused before any round trip', () => {
    it.each([
      ['an empty batch', STREAM, []],
      ['a system stream', '$settings', [anEvent()]],
      ['a $ type', STREAM, [anEvent({ type: '$metadata' })]],
      ['an id that is not a UUID (shared rule)', STREAM, [anEvent({ id: 'evt-1' })]],
      ['a timestamp without milliseconds (shared rule)', STREAM, [anEvent({ occurredAt: '2008-04-01T09:30:00Z' })]],
    ])('%s', async (_case, streamId, events) => {
      await expect(store.appendToStream(streamId, events, { expectedRevision: 'any' })).rejects.toThrow(
        InvalidEventError,
      );
      expect(server.appendCalls).toHaveLength(0);
    });

    it.each([-1, 1.5])('an expected revision of %s', async (expectedRevision) => {
      await expect(store.appendToStream(STREAM, [anEvent()], { expectedRevision })).rejects.toThrow(InvalidEventError);
    });

    it('stores an upper-case UUID in lower case, as the other adapters do', async () => {
      const result = await store.appendToStream(STREAM, [anEvent({ id: 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11' })], {
        expectedRevision: 'any',
      });
      expect(result.events[0].id).toBe('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
      expect(server.appendCalls[0].events[0].id).toBe('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
    });
  });
});
