export type { SqlDatabase, SqlQueryable, SqlResult } from './sql-database';
export { PgDatabase } from './pg-database';
export type { ChannelListener, Listening, ListenOptions } from './channel-listener';
export { PgliteDatabase } from './pglite-database';
export { Mutex } from './mutex';
export { openDatabase, type DatabaseLocation } from './open-database';
export { createTestDatabase, testDrivers, type TestDatabase, type TestDriver } from './testing/test-database';
