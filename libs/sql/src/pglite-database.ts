import type { PGlite, Transaction } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import type { SqlDatabase, SqlQueryable, SqlResult } from './sql-database';
import { Mutex } from './mutex';

/**
 * Embedded PostgreSQL (PGlite) in this process, stored in a data folder or in memory.
 * PGlite has a single connection, so every statement and transaction is serialised here:
 * a statement issued while a transaction is open waits for it rather than joining it.
 */
export class PgliteDatabase implements SqlDatabase {
  readonly driver = 'pglite' as const;
  private readonly lock = new Mutex();

  private constructor(private readonly db: PGlite) {}

  /** `dataDir` is a folder to persist in, or undefined for an in-memory database. */
  static async open(dataDir?: string): Promise<PgliteDatabase> {
    // PGlite ships as an ES module; a dynamic import keeps this file loadable from CommonJS.
    const { PGlite } = await import('@electric-sql/pglite');
    // PGlite creates its own folder but not the folders above it.
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    const db = new PGlite(dataDir);
    await db.waitReady;
    return new PgliteDatabase(db);
  }

  query<Row>(text: string, params?: readonly unknown[]): Promise<SqlResult<Row>> {
    return this.lock.run(() => runQuery<Row>(this.db, text, params));
  }

  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    return this.lock.run(() =>
      this.db.transaction((tx) =>
        work({ query: <Row>(text: string, params?: readonly unknown[]) => runQuery<Row>(tx, text, params) }),
      ),
    );
  }

  exec(script: string): Promise<void> {
    return this.lock.run(async () => {
      await this.db.exec(script);
    });
  }

  /** Closing twice is harmless: shutdown paths may overlap. */
  close(): Promise<void> {
    return this.lock.run(async () => {
      if (!this.db.closed) await this.db.close();
    });
  }
}

async function runQuery<Row>(
  target: PGlite | Transaction,
  text: string,
  params?: readonly unknown[],
): Promise<SqlResult<Row>> {
  const result = await target.query<Row>(text, params as unknown[] | undefined);
  return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
}
