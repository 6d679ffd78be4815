/**
 * The SQL adapter's LogCheckpoint: the pair the log is sorted by, "<transaction id>:<global
 * position>". Never the position alone: positions are handed out at insert time, the log is
 * ordered by transaction, so a position-only checkpoint would skip a late-committing writer.
 */
import type { LogCheckpoint } from '../envelope';

export interface SqlLogPosition {
  /** xid8, as decimal text (it can exceed 2^53). */
  readonly transactionId: string;
  /** bigint, as decimal text. */
  readonly globalPosition: string;
}

const PATTERN = /^(\d{1,20}):(\d{1,19})$/;

/** Before the first event of any log. */
export const LOG_START: SqlLogPosition = { transactionId: '0', globalPosition: '0' };

export function encodeSqlCheckpoint(position: SqlLogPosition): LogCheckpoint {
  return `${position.transactionId}:${position.globalPosition}`;
}

/** @throws TypeError for text that is not a checkpoint of this adapter (e.g. a KurrentDB one). */
export function decodeSqlCheckpoint(checkpoint: LogCheckpoint): SqlLogPosition {
  const match = PATTERN.exec(checkpoint);
  if (!match) {
    throw new TypeError(
      `not a SQL event-store checkpoint: ${JSON.stringify(checkpoint)} (checkpoints are not portable between adapters)`,
    );
  }
  return { transactionId: match[1], globalPosition: match[2] };
}

export function compareSqlCheckpoints(a: LogCheckpoint, b: LogCheckpoint): number {
  const left = decodeSqlCheckpoint(a);
  const right = decodeSqlCheckpoint(b);
  return (
    compareBig(BigInt(left.transactionId), BigInt(right.transactionId)) ||
    compareBig(BigInt(left.globalPosition), BigInt(right.globalPosition))
  );
}

function compareBig(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
