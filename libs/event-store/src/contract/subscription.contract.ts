/** Contract: subscribeToAll delivers history, then live events, exactly once and in order. */
import { describe, expect, it } from '@jest/globals';
import type { RecordedEvent } from '../envelope';
import type { SubjectAccess } from './contract-subject';
import { duplicates, readToEnd, someEvents, uniqueStream } from './fixtures';

export function subscriptionContract(subject: SubjectAccess): void {
  describe('subscribeToAll', () => {
    it('delivers history and then live events, each once, in order', async () => {
      const { store } = subject();
      const streamId = uniqueStream('sub');
      const history = someEvents(5);
      await store.appendToStream(streamId, history.slice(0, 3), { expectedRevision: 'no_stream' });
      await store.appendToStream(streamId, history.slice(3), { expectedRevision: 2 });

      const delivered: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({
        maxCount: 2,
        onEvents: (events) => {
          delivered.push(...events);
          return Promise.resolve();
        },
      });
      try {
        await subscription.caughtUp();
        expect(delivered.filter((e) => e.streamId === streamId).map((e) => e.id)).toEqual(history.map((e) => e.id));

        const live = someEvents(4);
        await store.appendToStream(streamId, live.slice(0, 1), { expectedRevision: 4 });
        await store.appendToStream(streamId, live.slice(1), { expectedRevision: 5 });
        await subscription.caughtUp();
        const ours = delivered.filter((e) => e.streamId === streamId);
        expect(ours.map((e) => e.id)).toEqual([...history, ...live].map((e) => e.id));
        expect(ours.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
        expect(duplicates(delivered.map((e) => e.id))).toEqual([]);
        const log = await readToEnd(store, undefined, 1000);
        expect(delivered.map((e) => e.id)).toEqual(log.events.map((e) => e.id));
      } finally {
        await subscription.stop();
      }
    });

    it('starts after the checkpoint it is given', async () => {
      const { store } = subject();
      const streamId = uniqueStream('sub');
      await store.appendToStream(streamId, someEvents(4), { expectedRevision: 'no_stream' });
      const stream = await store.readStream(streamId);
      const delivered: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({
        after: stream[1].checkpoint,
        onEvents: (events) => {
          delivered.push(...events);
          return Promise.resolve();
        },
      });
      try {
        await subscription.caughtUp();
        expect(delivered.map((e) => e.id)).toEqual(stream.slice(2).map((e) => e.id));
      } finally {
        await subscription.stop();
      }
    });

    it('delivers one batch at a time', async () => {
      const { store } = subject();
      await store.appendToStream(uniqueStream('sub'), someEvents(6), { expectedRevision: 'no_stream' });
      let inFlight = 0;
      let mostInFlight = 0;
      let batches = 0;
      const subscription = store.subscribeToAll({
        maxCount: 2,
        onEvents: async () => {
          inFlight++;
          mostInFlight = Math.max(mostInFlight, inFlight);
          batches++;
          await new Promise((resolve) => setImmediate(resolve));
          inFlight--;
        },
      });
      try {
        await subscription.caughtUp();
        expect(batches).toBeGreaterThanOrEqual(3);
        expect(mostInFlight).toBe(1);
      } finally {
        await subscription.stop();
      }
    });

    it('stops on an error from the handler and reports it', async () => {
      const { store } = subject();
      await store.appendToStream(uniqueStream('sub'), someEvents(1), { expectedRevision: 'no_stream' });
      const failure = new Error('read model unavailable');
      const reported: unknown[] = [];
      const subscription = store.subscribeToAll({
        onEvents: () => Promise.reject(failure),
        onError: (error) => reported.push(error),
      });
      await expect(subscription.caughtUp()).rejects.toBe(failure);
      await subscription.stop();
      expect(reported).toEqual([failure]);
    });
  });
}
