import { jsonEvent } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../envelope';
import { StreamDeletedError } from '../errors';
import { KurrentDbEventStore } from './kurrentdb-event-store';
import { anEvent } from './testing/builders';
import { FakeKurrentDb } from './testing/fake-kurrentdb';

describe('KurrentDbEventStore reads (over an in-memory KurrentDB)', () => {
  let server: FakeKurrentDb;
  let store: KurrentDbEventStore;

  beforeEach(() => {
    server = new FakeKurrentDb();
    store = new KurrentDbEventStore(server, { maxPageSize: 50 });
  });

  /** KurrentDB's own bookkeeping, as it appears in $all. */
  function systemEvents(count: number): void {
    for (let i = 0; i < count; i += 1) {
      server.appendRaw(`$stats-127.0.0.1:2113`, jsonEvent({ type: '$statistics-collected', data: { i } }));
    }
  }

  /** Another application's event in the same database. */
  function foreignEvent(streamId = 'orders-1'): void {
    server.appendRaw(
      streamId,
      jsonEvent({ type: 'OrderPlaced', data: { total: 5 }, metadata: { $correlationId: 'x' } }),
    );
  }

  describe('readStream', () => {
    beforeEach(async () => {
      await store.appendToStream('assessment-1', [anEvent(), anEvent(), anEvent(), anEvent()], {
        expectedRevision: 'no_stream',
      });
      await store.appendToStream('assessment-2', [anEvent()], { expectedRevision: 'no_stream' });
    });

    it('reads one stream forwards from revision 0', async () => {
      const events = await store.readStream('assessment-1');
      expect(events.map((e) => [e.streamId, e.revision])).toEqual([0, 1, 2, 3].map((r) => ['assessment-1', r]));
    });

    it('reads forwards from a revision, inclusive, up to maxCount', async () => {
      expect((await store.readStream('assessment-1', { fromRevision: 1, maxCount: 2 })).map((e) => e.revision)).toEqual(
        [1, 2],
      );
    });

    it('reads backwards from the end, or from a revision', async () => {
      expect(
        (await store.readStream('assessment-1', { direction: 'backwards', maxCount: 2 })).map((e) => e.revision),
      ).toEqual([3, 2]);
      expect(
        (await store.readStream('assessment-1', { direction: 'backwards', fromRevision: 1 })).map((e) => e.revision),
      ).toEqual([1, 0]);
    });

    it('reads a stream that does not exist as empty', async () => {
      expect(await store.readStream('assessment-404')).toEqual([]);
    });

    it('reads nothing for maxCount 0', async () => {
      expect(await store.readStream('assessment-1', { maxCount: 0 })).toEqual([]);
    });

    it('reports a deleted stream', async () => {
      server.tombstone('assessment-2');
      await expect(store.readStream('assessment-2')).rejects.toThrow(StreamDeletedError);
    });

    it('refuses a stream that contains an event that is not ours, rather than skip it and break the chain', async () => {
      foreignEvent('assessment-1');
      await expect(store.readStream('assessment-1')).rejects.toThrow(/not written by the NSF event store/);
    });
  });

  describe('readAll', () => {
    let written: string[];

    beforeEach(async () => {
      written = [];
      systemEvents(2);
      for (let i = 0; i < 7; i += 1) {
        const event = anEvent();
        written.push(event.id);
        await store.appendToStream(`assessment-${i % 3}`, [event], { expectedRevision: 'any' });
        if (i % 2 === 0) systemEvents(1);
        if (i === 3) foreignEvent();
      }
    });

    it('returns our events in log order, without system or foreign events', async () => {
      const page = await store.readAll({ maxCount: 50 });
      expect(page.events.map((e) => e.id)).toEqual(written);
      expect(page.checkpoint).toBe(page.events[page.events.length - 1].checkpoint);
      const positions = page.events.map((e) => e.globalPosition);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });

    it('resumes from a checkpoint without skipping or repeating, page after page', async () => {
      const seen: RecordedEvent[] = [];
      let checkpoint: string | undefined;
      for (let pages = 0; pages < 10; pages += 1) {
        const page = await store.readAll({ after: checkpoint, maxCount: 2 });
        if (page.events.length === 0) break;
        expect(page.events.length).toBeLessThanOrEqual(2);
        seen.push(...page.events);
        checkpoint = page.checkpoint;
      }
      expect(seen.map((e) => e.id)).toEqual(written);
    });

    it('returns an empty page with the checkpoint unchanged at the end of the log', async () => {
      const { checkpoint } = await store.readAll({ maxCount: 50 });
      expect(await store.readAll({ after: checkpoint })).toEqual({ events: [], checkpoint });
    });

    it('keeps reading past a stretch of system events longer than the page', async () => {
      const { checkpoint } = await store.readAll({ maxCount: 50 });
      systemEvents(12);
      const next = anEvent();
      await store.appendToStream('assessment-9', [next], { expectedRevision: 'no_stream' });
      expect((await store.readAll({ after: checkpoint, maxCount: 3 })).events.map((e) => e.id)).toEqual([next.id]);
    });

    it('caps the page size', async () => {
      const capped = new KurrentDbEventStore(server, { maxPageSize: 3 });
      expect((await capped.readAll({ maxCount: 1_000 })).events).toHaveLength(3);
    });

    it('refuses a checkpoint written by another adapter', async () => {
      await expect(store.readAll({ after: '0000000000000042:7' })).rejects.toThrow(/not a KurrentDB checkpoint/);
    });
  });

  it('reads an empty database as an empty page', async () => {
    expect(await store.readAll()).toEqual({ events: [], checkpoint: undefined });
  });
});
