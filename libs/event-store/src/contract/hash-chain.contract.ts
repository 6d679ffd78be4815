/** Contract: each stream is a hash chain that verifies, and altering a stored event is detected. */
import { describe, expect, it } from '@jest/globals';
import { chainHash, contentDigest } from '../hash-chain';
import { verifyChain } from '../verify-chain';
import type { ContractCapabilities, SubjectAccess } from './contract-subject';
import { anEvent, someEvents, uniqueStream } from './fixtures';

export function hashChainContract(subject: SubjectAccess, capabilities: ContractCapabilities): void {
  describe('hash chain', () => {
    it('links every event to the one before, as chainHash and contentDigest compute it', async () => {
      const { store } = subject();
      const streamId = uniqueStream('chain');
      const first = someEvents(2);
      const second = [anEvent({ data: { text: 'Ünïcödé 🙂', when: new Date(Date.UTC(2009, 3, 1)) } })];
      const appended = [
        ...(await store.appendToStream(streamId, first, { expectedRevision: 'no_stream' })).events,
        ...(await store.appendToStream(streamId, second, { expectedRevision: 1 })).events,
      ];
      let previous: string | null = null;
      [...first, ...second].forEach((event, revision) => {
        const expected = chainHash(previous, revision, contentDigest(streamId, event));
        expect(appended[revision].hash).toBe(expected);
        previous = expected;
      });
      const stored = await store.readStream(streamId);
      expect(stored.map((e) => e.hash)).toEqual(appended.map((e) => e.hash));
      expect(stored.map((e) => e.previousHash)).toEqual([null, appended[0].hash, appended[1].hash]);
      expect(verifyChain(stored)).toEqual({ ok: true, checked: 3 });
    });

    it('verifies streams read back from the global log', async () => {
      const { store } = subject();
      const streamId = uniqueStream('chain');
      await store.appendToStream(streamId, someEvents(3), { expectedRevision: 'no_stream' });
      await store.appendToStream(streamId, someEvents(2), { expectedRevision: 2 });
      const [first] = await store.readStream(streamId);
      const page = await store.readAll({ maxCount: 10_000, after: undefined });
      const fromLog = page.events.filter((e) => e.streamId === streamId);
      expect(fromLog[0].id).toBe(first.id);
      expect(verifyChain(fromLog)).toEqual({ ok: true, checked: 5 });
    });

    (capabilities.tamper ? it : it.skip)('names the event whose stored data was altered', async () => {
      const current = subject();
      const { store } = current;
      if (!current.tamperWith) throw new Error('the subject declares tamper but does not offer tamperWith');
      const streamId = uniqueStream('chain');
      await store.appendToStream(streamId, someEvents(5), { expectedRevision: 'no_stream' });
      const before = await store.readStream(streamId);
      await current.tamperWith(before[2].id, { criterion: 'H1.C1', score: 5, evidence: ['none'] });
      const after = await store.readStream(streamId);
      const verdict = verifyChain(after);
      expect(verdict).toMatchObject({ ok: false, index: 2, problem: 'hash_mismatch', actual: before[2].hash });
      expect(verdict.ok === false && verdict.event.id).toBe(before[2].id);
    });
  });
}
