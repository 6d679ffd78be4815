/**
 * A small versioned migration runner: each component (e.g. "event-store") records the versions
 * it has applied in nsf_schema_migrations, and missing ones run in order, all in one transaction.
 * A transaction-scoped advisory lock makes two nodes that start at once take turns (the second
 * finds the work done); on single-connection PGlite the lock is simply granted.
 */
import type { SqlDatabase } from '@nsf/sql';

export interface Migration {
  readonly version: number;
  readonly name: string;
  /** Run one by one (PGlite's extended protocol takes a single statement per query). */
  readonly statements: readonly string[];
}

/** Advisory lock key (two int4 keys never collide with one bigint key): "nsf", migrations. */
const LOCK_CLASS = 0x6e7366;
const LOCK_MIGRATIONS = 1;

/** Applies the missing migrations of `component`; returns the versions applied now. */
export async function applyMigrations(
  db: SqlDatabase,
  component: string,
  migrations: readonly Migration[],
): Promise<number[]> {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_CLASS, LOCK_MIGRATIONS]);
    await tx.query(`
      CREATE TABLE IF NOT EXISTS nsf_schema_migrations (
        component  text NOT NULL,
        version    integer NOT NULL,
        name       text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (component, version)
      )`);
    const { rows } = await tx.query<{ version: number }>(
      'SELECT version FROM nsf_schema_migrations WHERE component = $1',
      [component],
    );
    const applied = new Set(rows.map((row) => Number(row.version)));
    const now: number[] = [];
    for (const migration of ordered) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO nsf_schema_migrations (component, version, name) VALUES ($1, $2, $3)', [
        component,
        migration.version,
        migration.name,
      ]);
      now.push(migration.version);
    }
    return now;
  });
}
