import type { EventToAppend, RecordedEvent } from './envelope';
import { chainHash, contentDigest } from './hash-chain';
import { verifyChain } from './verify-chain';

function chain(streamId: string, count: number, firstPosition = 1): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  let previousHash: string | null = null;
  for (let revision = 0; revision < count; revision++) {
    const given: EventToAppend = {
      id: `00000000-0000-4000-8000-${String(firstPosition + revision).padStart(12, '0')}`,
      type: 'CriterionScored',
      schemaVersion: 1,
      tenantId: 't',
      occurredAt: '2009-04-01T09:30:00.000Z',
      actor: 'user:ann',
      reason: null,
      commandId: 'c',
      correlationId: 'c',
      causationId: null,
      data: { score: revision },
      metadata: {},
    };
    const hash = chainHash(previousHash, revision, contentDigest(streamId, given));
    events.push({
      ...given,
      streamId,
      revision,
      globalPosition: firstPosition + revision,
      checkpoint: String(firstPosition + revision),
      recordedAt: '2009-04-01T09:30:00.000Z',
      previousHash,
      hash,
    });
    previousHash = hash;
  }
  return events;
}

describe('verifyChain', () => {
  it('accepts an intact stream', () => {
    expect(verifyChain(chain('s', 4))).toEqual({ ok: true, checked: 4 });
  });

  it('accepts an empty list and a slice that starts mid-stream', () => {
    expect(verifyChain([])).toEqual({ ok: true, checked: 0 });
    expect(verifyChain(chain('s', 5).slice(2))).toEqual({ ok: true, checked: 3 });
  });

  it('follows each stream separately in an interleaved log', () => {
    const a = chain('a', 3, 1);
    const b = chain('b', 3, 10);
    expect(verifyChain([a[0], b[0], a[1], b[1], b[2], a[2]])).toEqual({ ok: true, checked: 6 });
  });

  it('names the event whose content was altered', () => {
    const events = chain('s', 4);
    events[2] = { ...events[2], data: { score: 99 } };
    expect(verifyChain(events)).toMatchObject({
      ok: false,
      index: 2,
      problem: 'hash_mismatch',
      event: { revision: 2 },
    });
  });

  it('names the event after one whose hash was rewritten to match altered content', () => {
    const events = chain('s', 4);
    const altered = { ...events[1], data: { score: 99 } };
    events[1] = { ...altered, hash: chainHash(altered.previousHash, 1, contentDigest('s', altered)) };
    expect(verifyChain(events)).toMatchObject({ ok: false, index: 2, problem: 'broken_link' });
  });

  it('names a gap in the revisions', () => {
    const events = chain('s', 4);
    expect(verifyChain([events[0], events[1], events[3]])).toMatchObject({
      ok: false,
      index: 2,
      problem: 'revision_gap',
      expected: 2,
      actual: 3,
    });
  });

  it('refuses a first event that claims a predecessor', () => {
    const [first] = chain('s', 1);
    expect(verifyChain([{ ...first, previousHash: 'f00d' }])).toMatchObject({
      ok: false,
      index: 0,
      problem: 'broken_link',
    });
  });
});
