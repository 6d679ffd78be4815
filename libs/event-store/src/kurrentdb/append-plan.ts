/**
 * What to do with an append, decided from the tail of the stream the adapter has just read.
 *
 * KurrentDB checks revisions but knows nothing of our hash chain, so the chain is computed here,
 * from the head's revision and hash, and the append is sent with the head's EXACT revision: if
 * another writer gets in first the server refuses ours (conflict, never a fork), and the adapter
 * re-reads and decides again. In order:
 *
 * 1. a retry: this very append (same ids, same content, the whole of one earlier append) is in the
 *    tail → the original result, nothing appended;
 * 2. some of the ids are in the tail, but not as this exact append → event-id conflict;
 * 3. the caller's expectation does not hold against the head → wrong expected revision;
 * 4. otherwise → append, chained onto the head.
 */
import type { AppendStreamState } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../envelope';
import { expectedRevisionSatisfied } from '../expected-revision';
import type { ActualRevision, ExpectedRevision } from '../expected-revision';
import { chainHash, contentDigest } from '../hash-chain';
import type { AppendResult } from '../port';
import type { PreparedEvent } from '../prepare-append';
import type { ChainedEvent, StoredEvent } from './event-mapping';
import { headStreamState } from './revision-mapping';

/**
 * How many events beyond the batch's own length the adapter reads from the end of the stream to
 * recognise a retry. A retry made after more than this many other events were appended behind the
 * original is reported as an event-id conflict (safe: nothing is written twice).
 */
export const RETRY_LOOKBACK = 32;

export type AppendDecision =
  | { readonly kind: 'append'; readonly streamState: AppendStreamState; readonly events: readonly ChainedEvent[] }
  | { readonly kind: 'already-appended'; readonly result: AppendResult }
  | { readonly kind: 'event-id-conflict'; readonly eventIds: readonly string[] }
  | { readonly kind: 'wrong-expected-revision'; readonly actual: ActualRevision };

/**
 * @param tail the last events of the stream in revision order (empty when there is no stream),
 *   at least `prepared.length + RETRY_LOOKBACK` of them when the stream has that many.
 */
export function planAppend(
  streamId: string,
  prepared: readonly PreparedEvent[],
  expected: ExpectedRevision,
  tail: readonly StoredEvent[],
): AppendDecision {
  const prior = findPriorAppend(streamId, prepared, tail);
  if (prior.kind !== 'none') return prior;

  const head = tail.length > 0 ? tail[tail.length - 1].event : undefined;
  const actual: ActualRevision = head ? head.revision : 'no_stream';
  if (!expectedRevisionSatisfied(expected, actual)) return { kind: 'wrong-expected-revision', actual };

  return { kind: 'append', streamState: headStreamState(actual), events: chainOnto(head, prepared) };
}

/** Revisions and hashes for `prepared` written after `head` (or as a new stream). */
export function chainOnto(
  head: Pick<RecordedEvent, 'revision' | 'hash'> | undefined,
  prepared: readonly PreparedEvent[],
): ChainedEvent[] {
  const chained: ChainedEvent[] = [];
  let previousHash = head ? head.hash : null;
  let revision = head ? head.revision + 1 : 0;
  for (const [appendIndex, { event, digest }] of prepared.entries()) {
    const hash = chainHash(previousHash, revision, digest);
    chained.push({ event, revision, previousHash, hash, appendIndex, appendSize: prepared.length });
    previousHash = hash;
    revision += 1;
  }
  return chained;
}

type PriorAppend =
  | { readonly kind: 'none' }
  | { readonly kind: 'already-appended'; readonly result: AppendResult }
  | { readonly kind: 'event-id-conflict'; readonly eventIds: readonly string[] };

export function findPriorAppend(
  streamId: string,
  prepared: readonly PreparedEvent[],
  tail: readonly StoredEvent[],
): PriorAppend {
  const ids = new Set(prepared.map(({ event }) => event.id));
  const found = tail.filter((stored) => ids.has(stored.event.id));
  if (found.length === 0) return { kind: 'none' };

  const start = tail.findIndex((stored) => stored.event.id === prepared[0].event.id);
  const run = start < 0 ? [] : tail.slice(start, start + prepared.length);
  const sameAppend =
    run.length === prepared.length &&
    run.every(
      (stored, i) =>
        stored.appendIndex === i &&
        stored.appendSize === prepared.length &&
        stored.event.id === prepared[i].event.id &&
        contentDigest(streamId, stored.event) === prepared[i].digest,
    );
  if (!sameAppend) return { kind: 'event-id-conflict', eventIds: found.map((stored) => stored.event.id) };

  return {
    kind: 'already-appended',
    result: {
      streamId,
      nextExpectedRevision: run[run.length - 1].event.revision,
      events: run.map(({ event: { id, revision, globalPosition, hash } }) => ({ id, revision, globalPosition, hash })),
    },
  };
}
