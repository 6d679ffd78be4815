/**
 * Expected and actual stream revisions, translated between the port's words and the KurrentDB
 * client's stream states. KurrentDB counts revisions in unsigned 64-bit integers (bigint in the
 * client); the port uses JavaScript numbers, so conversions refuse anything a number cannot hold.
 */
import { ANY, NO_STREAM, STREAM_EXISTS } from '@kurrent/kurrentdb-client';
import type { AppendStreamState, CurrentStreamState } from '@kurrent/kurrentdb-client';
import type { ActualRevision, ExpectedRevision } from '../expected-revision';

/** The caller's expectation as the client's stream state (used for error reports and tests). */
export function toAppendStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    case 'any':
      return ANY;
    default:
      return revisionToBigInt(expected);
  }
}

/** The inverse of toAppendStreamState: what a WrongExpectedVersionError says the writer expected. */
export function fromAppendStreamState(state: AppendStreamState): ExpectedRevision {
  if (state === NO_STREAM || state === STREAM_EXISTS || state === ANY) return state;
  return bigIntToRevision(state);
}

/**
 * The exact state the adapter appends with once it has read the head: the head's revision, or
 * NO_STREAM. Never ANY or STREAM_EXISTS, so a concurrent writer gets a conflict, never a fork.
 */
export function headStreamState(head: ActualRevision): AppendStreamState {
  return head === 'no_stream' ? NO_STREAM : revisionToBigInt(head);
}

/** The stream's actual state as the client reports it (a revision, or no_stream). */
export function fromCurrentStreamState(current: CurrentStreamState): ActualRevision {
  if (current === NO_STREAM) return 'no_stream';
  // The server reports deleted/absent streams with negative sentinels in some responses.
  if (current < 0n) return 'no_stream';
  return bigIntToRevision(current);
}

export function revisionToBigInt(revision: number): bigint {
  if (!Number.isSafeInteger(revision) || revision < 0) {
    throw new RangeError(`a stream revision must be a non-negative integer, got ${revision}`);
  }
  return BigInt(revision);
}

export function bigIntToRevision(revision: bigint): number {
  if (revision < 0n || revision > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`stream revision ${revision} cannot be represented as a JavaScript number`);
  }
  return Number(revision);
}
