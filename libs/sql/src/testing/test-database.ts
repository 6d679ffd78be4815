import { randomBytes } from 'node:crypto';
import { PgDatabase } from '../pg-database';
import { PgliteDatabase } from '../pglite-database';
import type { SqlDatabase } from '../sql-database';

/** A throwaway database for one integration suite, removed again by `dispose`. */
export interface TestDatabase {
  readonly db: SqlDatabase;
  /** For PostgreSQL: the connection string of the throwaway database (a second pool can use it). */
  readonly url?: string;
  dispose(): Promise<void>;
}

export type TestDriver = 'postgres' | 'pglite';

/**
 * The drivers an integration suite should run against: PGlite always, and the PostgreSQL
 * server as well when `DATABASE_URL` names one (as CI does).
 */
export function testDrivers(): TestDriver[] {
  return process.env['DATABASE_URL'] ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * PGlite in memory, or a fresh database created on the server named by `DATABASE_URL`
 * (which must allow CREATE DATABASE), so suites never share state.
 */
export async function createTestDatabase(
  driver: TestDriver = 'pglite',
  options: {
    /** PostgreSQL only: a database to copy (CREATE DATABASE … TEMPLATE), e.g. one seeded once per test run. */
    template?: string;
  } = {},
): Promise<TestDatabase> {
  if (driver === 'pglite') {
    const db = await PgliteDatabase.open();
    return { db, dispose: () => db.close() };
  }
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) throw new Error('DATABASE_URL is not set: no PostgreSQL server to test against');
  const name = `nsf_test_${randomBytes(6).toString('hex')}`;
  const admin = new PgDatabase(serverUrl);
  if (options.template && !/^\w+$/.test(options.template))
    throw new Error(`${options.template} is not a database name`);
  await admin.query(
    options.template ? `CREATE DATABASE ${name} TEMPLATE ${options.template}` : `CREATE DATABASE ${name}`,
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = new PgDatabase(url.toString());
  return {
    db,
    url: url.toString(),
    async dispose() {
      await db.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}
