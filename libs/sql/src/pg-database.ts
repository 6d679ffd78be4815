import { Pool, type PoolClient, type PoolConfig } from 'pg';
import { listenOnChannel, type ChannelListener, type Listening, type ListenOptions } from './channel-listener';
import type { SqlDatabase, SqlQueryable, SqlResult } from './sql-database';

/** A PostgreSQL server reached through a `pg` connection pool. */
export class PgDatabase implements SqlDatabase {
  readonly driver = 'postgres' as const;
  private readonly pool: Pool;
  private readonly config: PoolConfig;

  constructor(config: string | PoolConfig) {
    this.config = typeof config === 'string' ? { connectionString: config } : config;
    this.pool = new Pool(this.config);
    // An idle client that loses its connection must not crash the process; the next query
    // simply gets a fresh connection.
    this.pool.on('error', () => undefined);
  }

  async query<Row>(text: string, params?: readonly unknown[]): Promise<SqlResult<Row>> {
    const result = await this.pool.query(text, params as unknown[] | undefined);
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  }

  async transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(clientQueryable(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async exec(script: string): Promise<void> {
    await this.pool.query(script);
  }

  /** Hears what is sent on `channel` (NOTIFY), over a connection of its own beside the pool. */
  readonly listen = (channel: string, listener: ChannelListener, options?: ListenOptions): Listening =>
    listenOnChannel(this.config, channel, listener, options);

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function clientQueryable(client: PoolClient): SqlQueryable {
  return {
    async query<Row>(text: string, params?: readonly unknown[]): Promise<SqlResult<Row>> {
      const result = await client.query(text, params as unknown[] | undefined);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    },
  };
}
