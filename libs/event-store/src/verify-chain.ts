/**
 * The auditor's check of the tamper-evident history: recomputes every event's digest and chain
 * link from what was read back, and names the first event that does not match. Works on one
 * stream or on a slice of the global log (each stream's chain is followed separately).
 */
import type { RecordedEvent } from './envelope';
import { chainHash, contentDigest } from './hash-chain';

export type ChainVerification =
  | { readonly ok: true; readonly checked: number }
  | {
      readonly ok: false;
      /** The first event, in the order given, whose chain does not hold. */
      readonly event: RecordedEvent;
      readonly index: number;
      readonly problem: ChainProblem;
      readonly expected: string | number | null;
      readonly actual: string | number | null;
    };

export type ChainProblem =
  /** The stored hash is not the hash of this content after the previous link: the event was altered. */
  | 'hash_mismatch'
  /** previousHash does not name the hash of the stream's previous event (or is set at revision 0). */
  | 'broken_link'
  /** The revisions of a stream are not consecutive in what was given. */
  | 'revision_gap';

/**
 * Events of a stream must be given in revision order; a stream's first event here may start
 * anywhere (its previousHash is then taken as given, except at revision 0 where it must be null).
 */
export function verifyChain(events: readonly RecordedEvent[]): ChainVerification {
  const lastOfStream = new Map<string, RecordedEvent>();
  for (let index = 0; index < events.length; index++) {
    const event = events[index];
    const previous = lastOfStream.get(event.streamId);
    const failure = (problem: ChainProblem, expected: string | number | null, actual: string | number | null) =>
      ({ ok: false, event, index, problem, expected, actual }) as const;

    if (previous && event.revision !== previous.revision + 1) {
      return failure('revision_gap', previous.revision + 1, event.revision);
    }
    if (previous && event.previousHash !== previous.hash)
      return failure('broken_link', previous.hash, event.previousHash);
    if (!previous && event.revision === 0 && event.previousHash !== null)
      return failure('broken_link', null, event.previousHash);

    const expectedHash = chainHash(event.previousHash, event.revision, contentDigest(event.streamId, event));
    if (event.hash !== expectedHash) return failure('hash_mismatch', expectedHash, event.hash);
    lastOfStream.set(event.streamId, event);
  }
  return { ok: true, checked: events.length };
}
