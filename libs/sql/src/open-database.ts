import { PgDatabase } from './pg-database';
import { PgliteDatabase } from './pglite-database';
import type { SqlDatabase } from './sql-database';

export interface DatabaseLocation {
  /** A PostgreSQL connection string; when set, the server is used. */
  databaseUrl?: string;
  /** Folder for embedded PGlite when no server is named; undefined keeps PGlite in memory. */
  dataDir?: string;
}

/** Opens the server when a URL is given, and embedded PGlite otherwise. */
export async function openDatabase(location: DatabaseLocation): Promise<SqlDatabase> {
  if (location.databaseUrl) return new PgDatabase(location.databaseUrl);
  return PgliteDatabase.open(location.dataDir);
}
