/**
 * What the writer believes about the stream it appends to, checked under the same guard that
 * assigns the new revisions:
 * - `no_stream`: the stream must not exist yet;
 * - `stream_exists`: it must have at least one event;
 * - `any`: no check;
 * - a number: the revision of the stream's last event must be exactly this.
 */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | number;

/** The stream's actual head: the last revision, or `no_stream`. */
export type ActualRevision = 'no_stream' | number;

export function expectedRevisionSatisfied(expected: ExpectedRevision, actual: ActualRevision): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return actual === 'no_stream';
  if (expected === 'stream_exists') return actual !== 'no_stream';
  return actual === expected;
}

/** The wire form used by the SQL adapter ('any', 'no_stream', 'stream_exists' or digits). */
export function expectedRevisionToText(expected: ExpectedRevision): string {
  if (typeof expected === 'number') {
    if (!Number.isSafeInteger(expected) || expected < 0) {
      throw new RangeError(`expected revision must be a non-negative integer, got ${expected}`);
    }
    return String(expected);
  }
  return expected;
}
