import type { ChannelListener, Listening, ListenOptions } from './channel-listener';

/**
 * One small interface over the two ways this platform talks PostgreSQL: a real server through
 * `pg`, or embedded PGlite. Everything above it (event store, read models, migrations) is written
 * once against this, in one SQL dialect.
 */
export interface SqlResult<Row> {
  rows: Row[];
  rowCount: number;
}

/** Something that runs a parameterised statement: the database itself or an open transaction. */
export interface SqlQueryable {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<SqlResult<Row>>;
}

export interface SqlDatabase extends SqlQueryable {
  readonly driver: 'postgres' | 'pglite';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /**
   * Hears what is sent on `channel` (NOTIFY) — only where other processes can write, that is on a
   * server (see PgDatabase); embedded PGlite, which one process opens, has nothing to hear.
   */
  readonly listen?: (channel: string, listener: ChannelListener, options?: ListenOptions) => Listening;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}
