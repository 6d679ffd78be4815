/** Contract: optimistic concurrency — every expected-revision rule, right and wrong. */
import { describe, expect, it } from '@jest/globals';
import { WrongExpectedRevisionError } from '../errors';
import type { ExpectedRevision } from '../expected-revision';
import type { SubjectAccess } from './contract-subject';
import { anEvent, someEvents, uniqueStream } from './fixtures';

export function expectedRevisionContract(subject: SubjectAccess): void {
  /** A stream holding `count` events (revisions 0..count-1), or no stream for 0. */
  async function streamWith(count: number): Promise<string> {
    const streamId = uniqueStream('rev');
    if (count > 0) await subject().store.appendToStream(streamId, someEvents(count), { expectedRevision: 'no_stream' });
    return streamId;
  }

  async function expectRejected(
    streamId: string,
    expected: ExpectedRevision,
    actual: 'no_stream' | number,
  ): Promise<void> {
    const { store } = subject();
    const before = await store.readStream(streamId);
    const error = await store
      .appendToStream(streamId, [anEvent()], { expectedRevision: expected })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(error).toMatchObject({ streamId, expected, actual, code: 'WRONG_EXPECTED_REVISION' });
    expect(await store.readStream(streamId)).toEqual(before);
  }

  async function expectAccepted(streamId: string, expected: ExpectedRevision, nextRevision: number): Promise<void> {
    const { store } = subject();
    const events = someEvents(2);
    const result = await store.appendToStream(streamId, events, { expectedRevision: expected });
    expect(result.streamId).toBe(streamId);
    expect(result.events.map((e) => [e.id, e.revision])).toEqual([
      [events[0].id, nextRevision],
      [events[1].id, nextRevision + 1],
    ]);
    expect(result.nextExpectedRevision).toBe(nextRevision + 1);
    const stored = await subject().store.readStream(streamId);
    expect(stored.map((e) => e.revision)).toEqual(Array.from({ length: nextRevision + 2 }, (_, i) => i));
  }

  describe('expected revision', () => {
    describe('no_stream', () => {
      it('creates a stream that does not exist', async () => expectAccepted(await streamWith(0), 'no_stream', 0));
      it('rejects a stream that exists, naming its head', async () =>
        expectRejected(await streamWith(3), 'no_stream', 2));
    });

    describe('stream_exists', () => {
      it('appends to a stream that exists', async () => expectAccepted(await streamWith(1), 'stream_exists', 1));
      it('rejects a stream that does not exist', async () =>
        expectRejected(await streamWith(0), 'stream_exists', 'no_stream'));
    });

    describe('any', () => {
      it('creates a stream that does not exist', async () => expectAccepted(await streamWith(0), 'any', 0));
      it('appends to a stream that exists', async () => expectAccepted(await streamWith(4), 'any', 4));
    });

    describe('an exact revision', () => {
      it('appends when it is the head', async () => expectAccepted(await streamWith(3), 2, 3));
      it('appends when it is the head at revision 0', async () => expectAccepted(await streamWith(1), 0, 1));
      it('rejects a revision behind the head', async () => expectRejected(await streamWith(3), 1, 2));
      it('rejects a revision ahead of the head', async () => expectRejected(await streamWith(3), 5, 2));
      it('rejects any revision for a stream that does not exist', async () =>
        expectRejected(await streamWith(0), 0, 'no_stream'));
    });

    it('assigns global positions that increase within an append and across appends', async () => {
      const { store } = subject();
      const streamId = await streamWith(0);
      const first = await store.appendToStream(streamId, someEvents(3), { expectedRevision: 'no_stream' });
      const second = await store.appendToStream(streamId, someEvents(2), { expectedRevision: 2 });
      const positions = [...first.events, ...second.events].map((e) => e.globalPosition);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(new Set(positions).size).toBe(positions.length);
    });
  });
}
