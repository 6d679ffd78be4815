import { NO_STREAM } from '@kurrent/kurrentdb-client';
import type { EventToAppend, RecordedEvent } from '../envelope';
import { chainHash, contentDigest } from '../hash-chain';
import { prepareAppend } from '../prepare-append';
import { chainOnto, findPriorAppend, planAppend } from './append-plan';
import type { StoredEvent } from './event-mapping';
import { anEvent } from './testing/builders';

const STREAM = 'assessment-1';

const prepared = (events: readonly EventToAppend[]) => prepareAppend(STREAM, events);

/** A stream as the adapter would have stored it, append by append, from revision 0. */
function storedStream(...appends: EventToAppend[][]): StoredEvent[] {
  const stored: StoredEvent[] = [];
  for (const batch of appends) {
    const head = stored.length > 0 ? stored[stored.length - 1].event : undefined;
    for (const link of chainOnto(head, prepared(batch))) {
      const position = 1000 + link.revision * 137;
      const event: RecordedEvent = {
        ...link.event,
        streamId: STREAM,
        revision: link.revision,
        globalPosition: position,
        checkpoint: `kurrentdb:${position}:${position}`,
        recordedAt: '2008-04-01T09:30:00.001Z',
        previousHash: link.previousHash,
        hash: link.hash,
      };
      stored.push({ event, appendIndex: link.appendIndex, appendSize: link.appendSize });
    }
  }
  return stored;
}

const some = (count: number) => Array.from({ length: count }, () => anEvent());

describe('append planning', () => {
  describe('the hash chain', () => {
    it('starts a new stream at revision 0 with no previous hash', () => {
      const events = some(2);
      const [first, second] = chainOnto(undefined, prepared(events));
      expect(first).toMatchObject({
        revision: 0,
        previousHash: null,
        hash: chainHash(null, 0, contentDigest(STREAM, events[0])),
      });
      expect(second).toMatchObject({
        revision: 1,
        previousHash: first.hash,
        hash: chainHash(first.hash, 1, contentDigest(STREAM, events[1])),
      });
      expect([first.appendIndex, second.appendIndex, second.appendSize]).toEqual([0, 1, 2]);
    });

    it("continues from the head's revision and hash", () => {
      const events = some(3);
      const chained = chainOnto({ revision: 41, hash: 'f'.repeat(64) }, prepared(events));
      expect(chained.map((c) => c.revision)).toEqual([42, 43, 44]);
      expect(chained[0].previousHash).toBe('f'.repeat(64));
      chained.forEach((link, i) => {
        expect(link.hash).toBe(chainHash(link.previousHash, link.revision, contentDigest(STREAM, events[i])));
        if (i > 0) expect(link.previousHash).toBe(chained[i - 1].hash);
      });
    });

    it('binds the stream id into the hash', () => {
      const event = anEvent();
      expect(chainOnto(undefined, prepareAppend('assessment-1', [event]))[0].hash).not.toBe(
        chainOnto(undefined, prepareAppend('assessment-2', [event]))[0].hash,
      );
    });
  });

  describe('a fresh append', () => {
    it('to a new stream is sent with NO_STREAM', () => {
      expect(planAppend(STREAM, prepared(some(1)), 'no_stream', [])).toMatchObject({
        kind: 'append',
        streamState: NO_STREAM,
      });
    });

    it.each(['any', 'stream_exists', 2] as const)(
      "with expectation %s is sent with the head's exact revision",
      (expected) => {
        const tail = storedStream(some(3));
        const batch = prepared(some(1));
        expect(planAppend(STREAM, batch, expected, tail)).toEqual({
          kind: 'append',
          streamState: 2n,
          events: chainOnto(tail[2].event, batch),
        });
      },
    );

    it("'any' on a missing stream is sent with NO_STREAM, so a concurrent creator conflicts", () => {
      expect(planAppend(STREAM, prepared(some(1)), 'any', [])).toMatchObject({
        kind: 'append',
        streamState: NO_STREAM,
      });
    });
  });

  describe("the caller's expectation, checked against the head read", () => {
    it.each([
      ['no_stream on a stream at 1', 'no_stream', 2, 1],
      ['stream_exists on no stream', 'stream_exists', 0, 'no_stream'],
      ['0 on a stream at 1', 0, 2, 1],
      ['2 on a stream at 1', 2, 2, 1],
      ['0 on no stream', 0, 0, 'no_stream'],
    ] as const)('%s is a wrong expected revision', (_case, expected, length, actual) => {
      const tail = length === 0 ? [] : storedStream(some(length));
      expect(planAppend(STREAM, prepared(some(1)), expected, tail)).toEqual({
        kind: 'wrong-expected-revision',
        actual,
      });
    });
  });

  describe('a retried append (idempotency)', () => {
    it('is recognised at the head even though the expectation is now stale, and returns the original result', () => {
      const batch = some(2);
      const stream = storedStream(some(1), batch);
      expect(planAppend(STREAM, prepared(batch), 0, stream)).toEqual({
        kind: 'already-appended',
        result: {
          streamId: STREAM,
          nextExpectedRevision: 2,
          events: stream
            .slice(1)
            .map(({ event: { id, revision, globalPosition, hash } }) => ({ id, revision, globalPosition, hash })),
        },
      });
    });

    it("is recognised for 'no_stream' and 'any' as well", () => {
      const batch = some(1);
      const stream = storedStream(batch);
      expect(planAppend(STREAM, prepared(batch), 'no_stream', stream).kind).toBe('already-appended');
      expect(planAppend(STREAM, prepared(batch), 'any', stream).kind).toBe('already-appended');
    });

    it('is recognised when other events were appended after it, within the look-back', () => {
      const batch = some(2);
      const stream = storedStream(batch, some(2));
      expect(planAppend(STREAM, prepared(batch), 'no_stream', stream)).toMatchObject({
        kind: 'already-appended',
        result: { nextExpectedRevision: 1 },
      });
    });

    it('survives the JSON round trip: data read back compares equal to data sent', () => {
      const batch = [
        anEvent({ data: { nested: { b: 2, a: [1, { z: null }] }, when: new Date(Date.UTC(2009, 3, 1)) } }),
      ];
      const stream = storedStream(batch).map((stored) => JSON.parse(JSON.stringify(stored)) as StoredEvent);
      expect(planAppend(STREAM, prepared(batch), 'no_stream', stream).kind).toBe('already-appended');
    });

    it('matches ids case-insensitively, as they are stored in lower case', () => {
      const batch = [anEvent({ id: 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11' })];
      expect(planAppend(STREAM, prepared(batch), 'no_stream', storedStream(batch)).kind).toBe('already-appended');
    });
  });

  describe('event ids already used by a different append', () => {
    it('same id, different content → conflict', () => {
      const original = anEvent();
      const decision = planAppend(STREAM, prepared([{ ...original, data: { score: 4 } }]), 0, storedStream([original]));
      expect(decision).toEqual({ kind: 'event-id-conflict', eventIds: [original.id] });
    });

    it('only part of the batch is stored → conflict', () => {
      const [a, b] = some(2);
      expect(planAppend(STREAM, prepared([a, b]), 0, storedStream([a]))).toEqual({
        kind: 'event-id-conflict',
        eventIds: [a.id],
      });
    });

    it('part of an earlier append replayed on its own → conflict', () => {
      const batch = some(3);
      expect(planAppend(STREAM, prepared(batch.slice(0, 2)), 'no_stream', storedStream(batch)).kind).toBe(
        'event-id-conflict',
      );
      expect(planAppend(STREAM, prepared(batch.slice(1)), 'no_stream', storedStream(batch)).kind).toBe(
        'event-id-conflict',
      );
    });

    it('a run straddling two earlier appends of the same size → conflict', () => {
      const [first, second] = [some(3), some(3)];
      const straddle = [...first.slice(1), second[0]];
      expect(planAppend(STREAM, prepared(straddle), 'no_stream', storedStream(first, second)).kind).toBe(
        'event-id-conflict',
      );
    });

    it('two earlier appends replayed as one → conflict', () => {
      const [a, b] = some(2);
      expect(planAppend(STREAM, prepared([a, b]), 'no_stream', storedStream([a], [b])).kind).toBe('event-id-conflict');
    });

    it('stored in another order → conflict', () => {
      const [a, b] = some(2);
      expect(findPriorAppend(STREAM, prepared([a, b]), storedStream([b, a]))).toEqual({
        kind: 'event-id-conflict',
        eventIds: [b.id, a.id],
      });
    });

    it('wins over a wrong expected revision, so the caller learns the real problem', () => {
      const original = anEvent();
      const stream = storedStream([original], some(1));
      expect(planAppend(STREAM, prepared([{ ...original, actor: 'user:mallory' }]), 'no_stream', stream).kind).toBe(
        'event-id-conflict',
      );
    });
  });

  it('finds no prior append when none of the ids are in the tail', () => {
    expect(findPriorAppend(STREAM, prepared(some(1)), storedStream(some(2)))).toEqual({ kind: 'none' });
  });
});
