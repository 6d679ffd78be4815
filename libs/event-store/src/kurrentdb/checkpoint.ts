/**
 * The opaque LogCheckpoint for KurrentDB: a position in `$all`, which the server orders by
 * (commit, prepare). Both parts are kept — the commit position alone is not enough to resume
 * exactly — as zero-padded decimal strings, so two checkpoints of this adapter also sort as text.
 *
 *   kurrentdb:<commit, 20 digits>:<prepare, 20 digits>
 */
import type { Position } from '@kurrent/kurrentdb-client';
import type { LogCheckpoint } from '../envelope';

const PREFIX = 'kurrentdb';
const DIGITS = 20; // 2^64 - 1 has 20 decimal digits
const U64_MAX = 2n ** 64n - 1n;
const PATTERN = /^kurrentdb:(\d{1,20}):(\d{1,20})$/;

export function encodeCheckpoint(position: Position): LogCheckpoint {
  assertU64(position.commit, 'commit');
  assertU64(position.prepare, 'prepare');
  return `${PREFIX}:${pad(position.commit)}:${pad(position.prepare)}`;
}

/** @throws TypeError when the text is not a checkpoint of this adapter (e.g. one saved by the SQL adapter). */
export function decodeCheckpoint(checkpoint: LogCheckpoint): Position {
  const match = PATTERN.exec(checkpoint);
  if (!match) {
    throw new TypeError(
      `not a KurrentDB checkpoint: ${JSON.stringify(checkpoint)} (checkpoints are not portable between event-store adapters)`,
    );
  }
  const commit = BigInt(match[1]);
  const prepare = BigInt(match[2]);
  assertU64(commit, 'commit');
  assertU64(prepare, 'prepare');
  return { commit, prepare };
}

/** $all order: by commit position, then prepare position. */
export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/**
 * The port's numeric global position, taken from the commit position. Its limits:
 * - it is a byte offset in the transaction log, so it increases but is not dense (gaps are normal);
 * - since the gRPC API (no explicit transactions) every event has its own commit position; events
 *   written in a legacy TCP transaction share one, and only the checkpoint (commit + prepare)
 *   tells them apart — resume from checkpoints, never from this number;
 * - a JavaScript number holds it exactly only up to 2^53 bytes (about 9 PB of log); beyond that
 *   this throws rather than returning a rounded, colliding position.
 */
export function globalPositionOf(position: Position): number {
  if (position.commit > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`commit position ${position.commit} exceeds Number.MAX_SAFE_INTEGER`);
  }
  return Number(position.commit);
}

/**
 * Stream reads on servers older than 22.6 carry no log position, or report 2^64 - 1 in its place;
 * such a position must not be mistaken for a real one.
 */
export function isRealPosition(position: Position | undefined): position is Position {
  return position !== undefined && position.commit !== U64_MAX && position.prepare !== U64_MAX;
}

function pad(value: bigint): string {
  return value.toString(10).padStart(DIGITS, '0');
}

function assertU64(value: bigint, part: string): void {
  if (value < 0n || value > U64_MAX) throw new RangeError(`${part} position out of range: ${value}`);
}
