/**
 * Contract: concurrent writers. At one expected revision exactly one wins; the global log is read
 * exactly once while writers are busy; and (where the adapter can stage one) a writer that takes
 * its transaction early and commits late is neither skipped nor read twice.
 */
import { describe, expect, it } from '@jest/globals';
import type { EventToAppend, LogCheckpoint, RecordedEvent } from '../envelope';
import { WrongExpectedRevisionError } from '../errors';
import type { AppendResult } from '../port';
import { verifyChain } from '../verify-chain';
import type { ContractCapabilities, SubjectAccess } from './contract-subject';
import { duplicates, MAX_LOG_IN_TESTS, readToEnd, someEvents, uniqueStream } from './fixtures';

const WRITERS = 12;

export function concurrencyContract(subject: SubjectAccess, capabilities: ContractCapabilities): void {
  describe('concurrent writers', () => {
    it(`lets exactly one of ${WRITERS} writers at the same revision win`, async () => {
      const { store } = subject();
      const streamId = uniqueStream('race');
      await store.appendToStream(streamId, someEvents(2), { expectedRevision: 'no_stream' });
      const outcomes = await Promise.allSettled(
        Array.from({ length: WRITERS }, () => store.appendToStream(streamId, someEvents(1), { expectedRevision: 1 })),
      );
      const won = outcomes.filter((o): o is PromiseFulfilledResult<AppendResult> => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(WRITERS - 1);
      for (const { reason } of lost) {
        expect(reason).toBeInstanceOf(WrongExpectedRevisionError);
        expect(reason).toMatchObject({ expected: 1, actual: 2 });
      }
      const stream = await store.readStream(streamId);
      expect(stream.map((e) => e.revision)).toEqual([0, 1, 2]);
      expect(stream[2].id).toBe(won[0].value.events[0].id);
    }, 30_000);

    it(`lets exactly one of ${WRITERS} writers create a new stream`, async () => {
      const { store } = subject();
      const streamId = uniqueStream('race');
      const outcomes = await Promise.allSettled(
        Array.from({ length: WRITERS }, () =>
          store.appendToStream(streamId, someEvents(2), { expectedRevision: 'no_stream' }),
        ),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      for (const o of outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')) {
        expect(o.reason).toBeInstanceOf(WrongExpectedRevisionError);
        expect(o.reason).toMatchObject({ expected: 'no_stream', actual: 1 });
      }
      expect(await store.readStream(streamId)).toHaveLength(2);
    }, 30_000);

    it(`appends every batch of ${WRITERS} writers expecting any, as one unbroken chain`, async () => {
      const { store } = subject();
      const streamId = uniqueStream('race');
      await Promise.all(
        Array.from({ length: WRITERS }, () =>
          store.appendToStream(streamId, someEvents(2), { expectedRevision: 'any' }),
        ),
      );
      const stream = await store.readStream(streamId);
      expect(stream.map((e) => e.revision)).toEqual(Array.from({ length: WRITERS * 2 }, (_, i) => i));
      expect(verifyChain(stream)).toEqual({ ok: true, checked: WRITERS * 2 });
    }, 30_000);

    it.each([1, 3])(
      'gives concurrent identical retries of %i event(s) the one original result',
      async (size) => {
        const { store } = subject();
        const streamId = uniqueStream('race');
        const events = someEvents(size);
        const results = await Promise.all(
          Array.from({ length: 8 }, () => store.appendToStream(streamId, events, { expectedRevision: 'no_stream' })),
        );
        for (const result of results) expect(result).toEqual(results[0]);
        expect(await store.readStream(streamId)).toHaveLength(size);
      },
      30_000,
    );

    it('reads the global log exactly once while writers append', async () => {
      const { store } = subject();
      const { checkpoint: start } = await readToEnd(store, undefined, 1000);
      const written: string[] = [];
      const streams = new Set<string>();
      const read: RecordedEvent[] = [];
      let checkpoint: LogCheckpoint | undefined = start;
      let writing = true;
      const reader = (async () => {
        // Keep reading while the writers run, then drain what is left.
        for (let idle = 0; writing || idle < 2; ) {
          const page = await store.readAll({ after: checkpoint, maxCount: 7 });
          read.push(...page.events);
          if (read.length > MAX_LOG_IN_TESTS) throw new Error('readAll keeps returning events: is it repeating?');
          checkpoint = page.checkpoint;
          idle = page.events.length === 0 && !writing ? idle + 1 : 0;
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      await Promise.all(
        Array.from({ length: 8 }, async (_, writer) => {
          const streamId = uniqueStream(`log-writer-${writer}`);
          streams.add(streamId);
          for (let batch = 0; batch < 6; batch++) {
            const events = someEvents(1 + (batch % 3));
            await store.appendToStream(streamId, events, {
              expectedRevision: batch === 0 ? 'no_stream' : 'stream_exists',
            });
            written.push(...events.map((e) => e.id));
          }
        }),
      );
      writing = false;
      await reader;
      // Nothing is read twice. The start was read to the end, but on a PostgreSQL server the
      // gap-safe end may stop short while any transaction of the cluster is in flight (another
      // database's included), so earlier specs' events may follow: the writers' own are compared.
      expect(duplicates(read.map((e) => e.id))).toEqual([]);
      const ids = read.filter((e) => streams.has(e.streamId)).map((e) => e.id);
      expect(new Set(ids)).toEqual(new Set(written));
      expect(ids).toHaveLength(written.length);
    }, 60_000);

    (capabilities.delayedAppend ? describe : describe.skip)('a writer that commits after later writers', () => {
      it.each([
        ['inserts first', true],
        ['inserts last', false],
      ])(
        'is read once, after the reader has read up to it, when it %s',
        async (_, insertFirst) => {
          const current = subject();
          const { store } = current;
          if (!current.beginDelayedAppend)
            throw new Error('the subject declares delayedAppend but does not offer beginDelayedAppend');
          const { checkpoint: start } = await readToEnd(store);
          const early = { streamId: uniqueStream('early'), events: someEvents(2) };
          const slow = { streamId: uniqueStream('slow'), events: someEvents(2) };
          const later = Array.from({ length: 3 }, () => ({ streamId: uniqueStream('later'), events: someEvents(2) }));
          const all = [early, slow, ...later].flatMap((batch) => batch.events.map((e: EventToAppend) => e.id));

          await store.appendToStream(early.streamId, early.events, { expectedRevision: 'no_stream' });
          const delayed = await current.beginDelayedAppend(); // takes its transaction id now, before the later writers
          try {
            if (insertFirst) await delayed.append(slow.streamId, slow.events);
            for (const batch of later)
              await store.appendToStream(batch.streamId, batch.events, { expectedRevision: 'no_stream' });
            if (!insertFirst) await delayed.append(slow.streamId, slow.events);
            // The reader reads while the later writers are committed and the slow one is not.
            const before = await readToEnd(store, start, 2);
            expect(before.events.map((e) => e.id)).toEqual(early.events.map((e) => e.id));
            await delayed.commit();
            const after = await readToEnd(store, before.checkpoint, 2);
            const ids = [...before.events, ...after.events].map((e) => e.id);
            expect(duplicates(ids)).toEqual([]);
            expect(new Set(ids)).toEqual(new Set(all));
            expect(ids).toHaveLength(all.length);
          } finally {
            await delayed.rollback();
          }
        },
        30_000,
      );
    });
  });
}
