import { Global, Inject, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { join } from 'node:path';
import {
  EVENT_STORE,
  PLATFORM_CLOCK,
  PROJECTION_RUNNER,
  SQL_DATABASE,
  currentRowScope,
  type Clock,
} from '@nsf/api-core';
import { createKurrentDbEventStore, createSqlEventStore, migrateEventStore, type EventStore } from '@nsf/event-store';
import { PLATFORM_PROJECTIONS, ProjectionRunner } from '@nsf/projections';
import { RowScopedDatabase, secureEventLog } from '@nsf/row-security';
import { openDatabase, type SqlDatabase } from '@nsf/sql';
import { PLATFORM_CONFIG } from './platform-config.token';
import type { PlatformConfig } from '../config/platform-config';

/** On embedded PGlite, how often subscriptions look for appends they were not told of: a safety net. */
const EMBEDDED_POLL_MS = 30_000;

/**
 * The infrastructure every capability shares: the database (server or embedded), the event
 * store, the projection runner and the clock. Created once per process.
 *
 * The database is row-scoped: every GraphQL resolver runs in its caller's request scope
 * (resolveInCallersScope, app.module), and while it does, each statement — the event store's included —
 * runs as the request role under the caller's scopes, so PostgreSQL's row-level security holds
 * whatever a query forgets. Outside a request (projections, migrations, seeding) it is the owner.
 */
@Global()
@Module({
  providers: [
    {
      provide: SQL_DATABASE,
      inject: [PLATFORM_CONFIG],
      useFactory: async (config: PlatformConfig): Promise<SqlDatabase> =>
        new RowScopedDatabase(
          await openDatabase({ databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, 'pglite') }),
          currentRowScope,
        ),
    },
    {
      provide: EVENT_STORE,
      inject: [PLATFORM_CONFIG, SQL_DATABASE],
      useFactory: async (config: PlatformConfig, db: SqlDatabase): Promise<EventStore> => {
        if (config.eventStore === 'kurrentdb') return createKurrentDbEventStore(config.kurrentDbUrl ?? '');
        await migrateEventStore(db);
        await secureEventLog(db);
        // Embedded PGlite: no other process can open the database and every append goes through
        // this store, which wakes its subscriptions at once; looking for other writers would only
        // cost CPU (about 4% of a core, idle). A server has other writers: the store's default.
        return createSqlEventStore(db, db.driver === 'pglite' ? { pollIntervalMs: EMBEDDED_POLL_MS } : {});
      },
    },
    {
      provide: PROJECTION_RUNNER,
      inject: [EVENT_STORE, SQL_DATABASE],
      useFactory: (store: EventStore, db: SqlDatabase) => {
        const logger = new Logger('Projections');
        return new ProjectionRunner({
          store,
          db,
          projections: PLATFORM_PROJECTIONS,
          // A failed batch was rolled back and is retried with backoff; say so where operators look.
          onError: (error, projection) => logger.error(`${projection}: batch failed, will retry`, error),
          // An upgrade that changed a read model's definition rebuilds it before the platform serves.
          onRebuilt: ({ projection, reason, events }) =>
            logger.log(`${projection}: rebuilt from ${events} events, because ${reason}`),
        });
      },
    },
    { provide: PLATFORM_CLOCK, useValue: { now: () => new Date() } satisfies Clock },
  ],
  exports: [SQL_DATABASE, EVENT_STORE, PROJECTION_RUNNER, PLATFORM_CLOCK],
})
export class PlatformModule implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Platform');

  constructor(
    @Inject(PROJECTION_RUNNER) private readonly projections: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.projections.start();
    this.logger.log(`read models following the event log (${this.db.driver})`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.projections.stop();
    await this.store.close();
    await this.db.close();
  }
}
