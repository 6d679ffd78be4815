/**
 * The event-store benchmark: for one driver, the append workloads in one fresh database and the
 * read workloads in another (so both tables hold identical rows), each as ours beside raw.
 */
import { createSqlEventStore, migrateEventStore } from '@nsf/event-store';
import type { SqlDatabase } from '@nsf/sql';
import { withFreshDatabase, type Driver } from '../fresh-database';
import type { Comparison } from '../measure';
import { APPEND_WORKLOADS, runAppendWorkload } from './append-workloads';
import { createRawTable } from './raw-baseline';
import { fillLog, readAllWorkload, readStreamWorkload } from './read-workloads';

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
function withDatabase(driver: Driver, serverUrl: string, work: (db: SqlDatabase) => Promise<void>): Promise<void> {
  return withFreshDatabase(driver, serverUrl, async (db) => {
    await migrateEventStore(db);
    await createRawTable(db);
    await work(db);
  });
}
