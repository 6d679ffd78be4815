/**
 * A fresh, empty database for one benchmark: PGlite in memory, or a new database on the
 * PostgreSQL server named by DATABASE_URL, dropped at the end.
 */
import { randomBytes } from 'node:crypto';
import { PgDatabase, PgliteDatabase, type SqlDatabase } from '@nsf/sql';
import { progress } from './measure';

export type Driver = 'postgres' | 'pglite';

export const DRIVERS: readonly Driver[] = ['postgres', 'pglite'];

export async function withFreshDatabase<T>(
  driver: Driver,
  serverUrl: string,
  work: (db: SqlDatabase) => Promise<T>,
): Promise<T> {
  if (driver === 'pglite') {
    const db = await PgliteDatabase.open();
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  }
  return withServerDatabase(serverUrl, async (url) => {
    // Enough connections for 8 writers of each kind, each on its own.
    const db = new PgDatabase({ connectionString: url, max: 16 });
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  });
}

/** A new database on the server, passed to `work` as its URL, dropped afterwards (connections and all). */
export async function withServerDatabase<T>(serverUrl: string, work: (url: string) => Promise<T>): Promise<T> {
  const name = `nsf_bench_${randomBytes(5).toString('hex')}`;
  const admin = new PgDatabase(serverUrl);
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    progress(`created database ${name}`);
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  }
}
