import type { RecordedEvent } from '@nsf/event-store';
import type { SqlQueryable } from '@nsf/sql';

/**
 * A read model: tables in PostgreSQL (or PGlite) derived from the event log, and the pure
 * mapping from events to row changes. It can be dropped and rebuilt from the events at any time
 * and must come out identical, so `apply` may use nothing but the events and its tables.
 */
export interface Projection {
  /** Unique and stable: the key of its checkpoint. */
  readonly name: string;
  /**
   * Idempotent DDL (CREATE … IF NOT EXISTS) for the read model's tables and indexes, and what API
   * requests may read of them (row-security/read-model-row-security.ts): a table without a policy
   * shows requests nothing.
   */
  readonly schema: string;
  /**
   * Bump it (from the 1 it is when absent) when `apply` changes what it writes without `schema`
   * changing: read models are versioned by a hash of `schema` and this number
   * (runner/projection-schema-version.ts), and one whose hash differs from the one stored with it is
   * rebuilt beside the live one when a runner starts. A changed `schema` needs no bump (even a
   * comment changes the hash, and costs one rebuild).
   */
  readonly version?: number;
  /** The tables this projection owns, emptied before a rebuild. */
  readonly tables: readonly string[];
  /**
   * Applies a batch of consecutive events of the log, in log order, inside the runner's (or the
   * rebuild's) transaction, beside the checkpoint write. A batch is the unit of writing: a read
   * model folds it in memory and writes each table in a statement or two, since a statement per
   * event is what made rebuilds slow. Whatever the batch size, the tables must end up the same
   * as after applying the events one at a time (batch-size-independence.int.spec.ts).
   */
  apply(tx: SqlQueryable, events: readonly RecordedEvent[]): Promise<void>;
}
