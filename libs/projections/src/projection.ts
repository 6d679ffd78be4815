import type { RecordedEvent } from '@nsf/event-store';
import type { SqlQueryable } from '@nsf/sql';

/**
 * A read model: tables in PostgreSQL (or PGlite) derived from the event log, and the pure
 * mapping from each event to row changes. It can be dropped and rebuilt from the events at
 * any time and must come out identical, so `apply` may use nothing but the event and its tables.
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
  /** The tables this projection owns, emptied before a rebuild. */
  readonly tables: readonly string[];
  /** Applies one event inside the runner's transaction, beside the checkpoint write. */
  apply(tx: SqlQueryable, event: RecordedEvent): Promise<void>;
}
