/**
 * The event-store benchmark: for one driver, the append workloads in one fresh database and the
 * read workloads in another (so both tables hold identical rows), each as ours beside raw.
 */
import { randomBytes } from 'node:crypto';
import { createSqlEventStore, migrateEventStore } from '@nsf/event-store';
import { PgDatabase, PgliteDatabase, type SqlDatabase } from '@nsf/sql';
import { progress, type Comparison } from '../measure';
import { APPEND_WORKLOADS, runAppendWorkload } from './append-workloads';
import { createRawTable } from './raw-baseline';
import { fillLog, readAllWorkload, readStreamWorkload } from './read-workloads';

export type Driver = 'postgres' | 'pglite';

export interface EventStoreBenchOptions {
  readonly databaseUrl: string;
  /** Length of one measured append run. */
  readonly seconds: number;
  readonly rounds: number;
  /** Events in the log read by read_all_pages. */
  readonly readEvents: number;
  readonly pageSize: number;
}

export type Workloads = Record<string, Comparison & { exactlyOnce?: boolean }>;

export async function benchEventStore(driver: Driver, options: EventStoreBenchOptions): Promise<Workloads> {
  const workloads: Workloads = {};
  await withDatabase(driver, options.databaseUrl, async (db) => {
    const store = createSqlEventStore(db);
    for (const workload of APPEND_WORKLOADS) {
      workloads[workload.name] = await runAppendWorkload(workload, store, db, options);
    }
  });
  await withDatabase(driver, options.databaseUrl, async (db) => {
    const store = createSqlEventStore(db);
    await fillLog(store, db, options.readEvents, driver === 'postgres' ? 8 : 1);
    workloads['read_stream_1000'] = await readStreamWorkload(store, db, options.rounds, 20);
    workloads['read_all_pages'] = await readAllWorkload(
      store,
      db,
      options.rounds,
      options.readEvents,
      options.pageSize,
    );
  });
  return workloads;
}

/** A fresh, migrated database with the raw table beside the store's; dropped afterwards. */
async function withDatabase(
  driver: Driver,
  serverUrl: string,
  work: (db: SqlDatabase) => Promise<void>,
): Promise<void> {
  if (driver === 'pglite') {
    const db = await PgliteDatabase.open();
    try {
      await prepare(db);
      await work(db);
    } finally {
      await db.close();
    }
    return;
  }
  const name = `nsf_bench_${randomBytes(5).toString('hex')}`;
  const admin = new PgDatabase(serverUrl);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // Enough connections for 8 writers of each kind, each on its own.
  const db = new PgDatabase({ connectionString: url.toString(), max: 16 });
  progress(`created database ${name}`);
  try {
    await prepare(db);
    await work(db);
  } finally {
    await db.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  }
}

async function prepare(db: SqlDatabase): Promise<void> {
  await migrateEventStore(db);
  await createRawTable(db);
}
