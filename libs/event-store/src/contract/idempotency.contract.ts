/** Contract: a retried append returns the original result; ids reused any other way are refused. */
import { describe, expect, it } from '@jest/globals';
import { EventIdConflictError } from '../errors';
import type { ContractCapabilities, SubjectAccess } from './contract-subject';
import { anEvent, someEvents, uniqueStream } from './fixtures';

export function idempotencyContract(subject: SubjectAccess, capabilities: ContractCapabilities = {}): void {
  describe('idempotent retry', () => {
    it('returns the original result and appends nothing when the same append is retried', async () => {
      const { store } = subject();
      const streamId = uniqueStream('retry');
      const events = someEvents(3);
      const original = await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });
      const retried = await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });
      expect(retried).toEqual(original);
      expect(await store.readStream(streamId)).toHaveLength(3);
    });

    it.each([1, 2])('returns the original result of %i event(s) after the stream has moved on', async (size) => {
      const { store } = subject();
      const streamId = uniqueStream('retry');
      await store.appendToStream(streamId, someEvents(1), { expectedRevision: 'no_stream' });
      const events = someEvents(size);
      const original = await store.appendToStream(streamId, events, { expectedRevision: 0 });
      await store.appendToStream(streamId, someEvents(2), { expectedRevision: size });
      const retried = await store.appendToStream(streamId, events, { expectedRevision: 0 });
      expect(retried).toEqual(original);
      expect(retried.nextExpectedRevision).toBe(size);
      expect(await store.readStream(streamId)).toHaveLength(size + 3);
    });

    it('returns the original result for a retry with expected revision any', async () => {
      const { store } = subject();
      const streamId = uniqueStream('retry');
      const events = someEvents(2);
      const original = await store.appendToStream(streamId, events, { expectedRevision: 'any' });
      const retried = await store.appendToStream(streamId, events, { expectedRevision: 'any' });
      expect(retried).toEqual(original);
      expect(await store.readStream(streamId)).toHaveLength(2);
    });

    (capabilities.uniqueIdsAcrossStreams ? it : it.skip)('refuses an id already used in another stream', async () => {
      const { store } = subject();
      const event = anEvent();
      await store.appendToStream(uniqueStream('retry'), [event], { expectedRevision: 'no_stream' });
      const other = uniqueStream('retry');
      const error = await store.appendToStream(other, [event], { expectedRevision: 'any' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventIdConflictError);
      expect((error as EventIdConflictError).eventIds).toEqual([event.id]);
      expect(await store.readStream(other)).toEqual([]);
    });

    it('refuses a batch that mixes a stored id with new ones, and appends none of it', async () => {
      const { store } = subject();
      const streamId = uniqueStream('retry');
      const [first] = someEvents(1);
      await store.appendToStream(streamId, [first], { expectedRevision: 'no_stream' });
      const error = await store
        .appendToStream(streamId, [anEvent(), first], { expectedRevision: 'any' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventIdConflictError);
      expect(await store.readStream(streamId)).toHaveLength(1);
    });

    it('refuses part of an earlier append replayed on its own', async () => {
      const { store } = subject();
      const streamId = uniqueStream('retry');
      const events = someEvents(3);
      await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });
      const error = await store
        .appendToStream(streamId, events.slice(0, 2), { expectedRevision: 'no_stream' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventIdConflictError);
    });

    it('refuses the same ids with different content', async () => {
      const { store } = subject();
      const streamId = uniqueStream('retry');
      const event = anEvent();
      await store.appendToStream(streamId, [event], { expectedRevision: 'no_stream' });
      const altered = { ...event, data: { criterion: 'H1.C1', score: 4 } };
      const error = await store
        .appendToStream(streamId, [altered], { expectedRevision: 'no_stream' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventIdConflictError);
      expect((await store.readStream(streamId))[0].data).toEqual(event.data);
    });
  });
}
