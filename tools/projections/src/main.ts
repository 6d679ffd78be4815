/**
 * Operations on the platform's read models, run with
 *   npm run projections -- rebuild [name]
 * It rebuilds one read model (or all) from the whole event log beside the live one and switches
 * over in one transaction (rebuildProjection in @nsf/projections), recording the definition it was
 * built by, against the configured database: DATABASE_URL, or else the embedded PGlite data folder
 * under NSF_DATA_DIR (default .nsf-data); events from EVENT_STORE=kurrentdb (KURRENTDB_URL) when
 * so configured. A platform start rebuilds a read model whose definition changed by itself; this
 * is for rebuilding at will.
 * Progress goes to stderr; one line per rebuilt read model goes to stdout.
 */
import { join, resolve } from 'node:path';
import { createKurrentDbEventStore, createSqlEventStore, migrateEventStore, type EventStore } from '@nsf/event-store';
import { PLATFORM_PROJECTIONS, rebuildProjection, whileUpgradingReadModels } from '@nsf/projections';
import { openDatabase, type SqlDatabase } from '@nsf/sql';
import { progressBar } from './progress-bar';

const USAGE = `usage: npm run projections -- rebuild [${PLATFORM_PROJECTIONS.map((p) => p.name).join('|')}]`;

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (command !== 'rebuild') throw new Error(`${USAGE} (unknown command: ${command ?? 'none'})`);
  const chosen = name ? PLATFORM_PROJECTIONS.filter((projection) => projection.name === name) : PLATFORM_PROJECTIONS;
  if (chosen.length === 0) throw new Error(`there is no read model named ${name}: ${USAGE}`);

  const databaseUrl = process.env['DATABASE_URL'] || undefined;
  const dataDir = join(resolve(process.env['NSF_DATA_DIR'] ?? '.nsf-data'), 'pglite');
  if (databaseUrl) {
    process.stderr.write('Rebuilding on PostgreSQL beside the running platform: its nodes keep serving.\n');
  } else {
    process.stderr.write(
      `Rebuilding in the embedded database ${dataDir}.\n` +
        'The platform must be stopped first: PGlite cannot be opened by two processes at once.\n',
    );
  }
  const db = await openDatabase({ databaseUrl, dataDir });
  let store: EventStore | undefined;
  try {
    const events = await openEventStore(db);
    store = events;
    const total = await countEvents(db);
    for (const projection of chosen) {
      const bar = progressBar(projection.name, total);
      const started = Date.now();
      // Not beside a starting node rebuilding the same read model (its shadow schema would be dropped).
      const result = await whileUpgradingReadModels(db, () =>
        rebuildProjection({ store: events, db, projection, onProgress: bar.update }),
      );
      bar.done(result.events);
      process.stdout.write(
        `rebuilt ${result.projection} from ${result.events} events in ${Date.now() - started} ms and switched it in\n`,
      );
    }
  } finally {
    await store?.close();
    await db.close();
  }
}

async function openEventStore(db: SqlDatabase): Promise<EventStore> {
  if ((process.env['EVENT_STORE'] ?? 'sql').toLowerCase() === 'kurrentdb') {
    return createKurrentDbEventStore(process.env['KURRENTDB_URL'] ?? '');
  }
  await migrateEventStore(db);
  return createSqlEventStore(db);
}

/** How many events the log holds, for the progress bar; unknown when they live in KurrentDB. */
async function countEvents(db: SqlDatabase): Promise<number | undefined> {
  if ((process.env['EVENT_STORE'] ?? 'sql').toLowerCase() === 'kurrentdb') return undefined;
  const { rows } = await db.query<{ count: string }>('SELECT count(*)::text AS count FROM nsf_events');
  return Number(rows[0].count);
}

main().catch((error: unknown) => {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
