/** Contract: reading streams forwards and backwards, the global log in pages, and payload fidelity. */
import { describe, expect, it } from '@jest/globals';
import type { SubjectAccess } from './contract-subject';
import { anEvent, asWritten, duplicates, readToEnd, someEvents, uniqueStream } from './fixtures';

export function readingContract(subject: SubjectAccess): void {
  describe('reading a stream', () => {
    async function streamOfTen(): Promise<string> {
      const streamId = uniqueStream('read');
      await subject().store.appendToStream(streamId, someEvents(10), { expectedRevision: 'no_stream' });
      return streamId;
    }

    it('gives back every field as written, with its place in the stream and the log', async () => {
      const { store } = subject();
      const streamId = uniqueStream('read');
      const event = anEvent({ reason: null, causationId: anEvent().id });
      const result = await store.appendToStream(streamId, [event], { expectedRevision: 'no_stream' });
      const [stored] = await store.readStream(streamId);
      expect(stored).toMatchObject({
        ...asWritten(event),
        streamId,
        revision: 0,
        globalPosition: result.events[0].globalPosition,
        hash: result.events[0].hash,
        previousHash: null,
      });
      expect(typeof stored.checkpoint).toBe('string');
      expect(stored.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    });

    it('reads forwards from a revision, at most maxCount events', async () => {
      const streamId = await streamOfTen();
      const events = await subject().store.readStream(streamId, { fromRevision: 3, maxCount: 4 });
      expect(events.map((e) => e.revision)).toEqual([3, 4, 5, 6]);
    });

    it('reads forwards from the start by default', async () => {
      const streamId = await streamOfTen();
      const events = await subject().store.readStream(streamId);
      expect(events.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });

    it('reads backwards from the last revision by default', async () => {
      const streamId = await streamOfTen();
      const events = await subject().store.readStream(streamId, { direction: 'backwards', maxCount: 3 });
      expect(events.map((e) => e.revision)).toEqual([9, 8, 7]);
    });

    it('reads backwards from a revision', async () => {
      const streamId = await streamOfTen();
      const events = await subject().store.readStream(streamId, { direction: 'backwards', fromRevision: 2 });
      expect(events.map((e) => e.revision)).toEqual([2, 1, 0]);
    });

    it('reads nothing past either end', async () => {
      const streamId = await streamOfTen();
      const { store } = subject();
      expect(await store.readStream(streamId, { fromRevision: 10 })).toEqual([]);
      expect(await store.readStream(streamId, { maxCount: 0 })).toEqual([]);
      expect(
        (await store.readStream(streamId, { direction: 'backwards', fromRevision: 50 })).map((e) => e.revision)[0],
      ).toBe(9);
    });

    it('reads several streams at once, each as read alone, in the order asked', async () => {
      const { store } = subject();
      const [first, second] = [await streamOfTen(), await streamOfTen()];
      const missing = uniqueStream('missing');
      const read = await store.readStreams([second, missing, first]);
      expect([...read.keys()]).toEqual([second, missing, first]);
      expect(read.get(first)).toEqual(await store.readStream(first));
      expect(read.get(second)).toEqual(await store.readStream(second));
      expect(read.get(missing)).toEqual([]);
      expect(await store.readStreams([])).toEqual(new Map());
    });

    it('reads a stream that does not exist as empty, both ways', async () => {
      const { store } = subject();
      expect(await store.readStream(uniqueStream('missing'))).toEqual([]);
      expect(await store.readStream(uniqueStream('missing'), { direction: 'backwards' })).toEqual([]);
    });
  });

  describe('payloads', () => {
    it('round-trips a 1 MB payload', async () => {
      const { store } = subject();
      const streamId = uniqueStream('large');
      const rows = Array.from({ length: 8_000 }, (_, i) => ({ i, text: `evidence line ${i} `.padEnd(110, 'x') }));
      const event = anEvent({ data: { rows } });
      expect(JSON.stringify(event.data).length).toBeGreaterThan(1_000_000);
      await store.appendToStream(streamId, [event], { expectedRevision: 'no_stream' });
      const [stored] = await store.readStream(streamId);
      expect(stored.data).toEqual(event.data);
    });

    it('round-trips unicode: emoji, right-to-left, CJK, combining marks, in data, keys, envelope and stream id', async () => {
      const { store } = subject();
      const text = '👩🏽‍⚕️ 🇬🇧 مرحبا بالعالم שָׁלוֹם 漢字かなカナ 한국어 é (e\u0301) Å (A\u030A) Z̤͔ͧ̑̓';
      const streamId = uniqueStream(`unicode-漢字-🙂`);
      const event = anEvent({
        actor: 'user:Zoë Ångström',
        reason: text,
        data: { [text]: text, nested: [text, { ключ: 'значение' }] },
        metadata: { note: text },
      });
      await store.appendToStream(streamId, [event], { expectedRevision: 'no_stream' });
      const [stored] = await store.readStream(streamId);
      expect(stored).toMatchObject({ ...asWritten(event), streamId });
      expect((stored.data as Record<string, string>)[text]).toBe(text);
    });

    it('round-trips JSON values of every kind', async () => {
      const { store } = subject();
      const streamId = uniqueStream('json');
      const data = {
        n: -12.5e-3,
        big: 2 ** 53 - 1,
        zero: 0,
        t: true,
        f: false,
        nil: null,
        empty: {},
        list: [],
        s: '"\\/\b\f\n\r\t',
      };
      await store.appendToStream(streamId, [anEvent({ data })], { expectedRevision: 'no_stream' });
      expect((await store.readStream(streamId))[0].data).toEqual(data);
    });
  });

  describe('reading the global log', () => {
    it('reads in pages, each event once, each stream in revision order', async () => {
      const { store } = subject();
      const start = await readToEnd(store, undefined, 500);
      const streams = [uniqueStream('log'), uniqueStream('log')];
      const written: string[] = [];
      for (let i = 0; i < 6; i++) {
        const events = someEvents(3);
        await store.appendToStream(streams[i % 2], events, { expectedRevision: 'any' });
        written.push(...events.map((e) => e.id));
      }
      const { events, checkpoint } = await readToEnd(store, start.checkpoint, 4);
      const ids = events.map((e) => e.id);
      expect(duplicates(ids)).toEqual([]);
      expect(ids.filter((id) => written.includes(id))).toEqual(written);
      for (const streamId of streams) {
        const revisions = events.filter((e) => e.streamId === streamId).map((e) => e.revision);
        expect(revisions).toEqual(Array.from({ length: 9 }, (_, i) => i));
      }
      const empty = await store.readAll({ after: checkpoint, maxCount: 10 });
      expect(empty).toEqual({ events: [], checkpoint });
    });

    it('resumes from any event checkpoint with the event after it', async () => {
      const { store } = subject();
      const streamId = uniqueStream('log');
      await store.appendToStream(streamId, someEvents(5), { expectedRevision: 'no_stream' });
      const stream = await store.readStream(streamId);
      const page = await store.readAll({ after: stream[1].checkpoint, maxCount: 1 });
      expect(page.events.map((e) => e.id)).toEqual([stream[2].id]);
      expect(page.checkpoint).toBe(stream[2].checkpoint);
    });
  });
}
