/**
 * Benchmarks of the platform, each beside a baseline measured in the same run, run with
 *   npm run bench -- event-store [--driver=postgres|pglite|all] [--seconds=1.5] [--rounds=7] [--events=50000]
 *   npm run bench -- projections [--driver=pglite|postgres] [--rounds=3] [--batch=500]
 *   npm run bench -- graphql [--driver=pglite|postgres] [--seconds=3] [--rounds=3] [--data=<seeded folder>] [--port=N]
 * DATABASE_URL names the PostgreSQL server for the postgres driver. Progress goes to stderr; the
 * result is ONE JSON line, printed last on stdout.
 */
import { benchEventStore, type Workloads } from './event-store/event-store-bench';
import { DRIVERS, type Driver } from './fresh-database';
import { benchGraphql } from './graphql/graphql-bench';
import { allocatorUntuned, rerunWithTunedAllocator } from './graphql/load-generator-allocator';
import { progress } from './measure';
import { benchProjections } from './projections/projections-bench';

const USAGE = 'usage: npm run bench -- event-store|projections|graphql [--driver=…] (see tools/bench/src/main.ts)';

function flag(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function numberFlag(name: string, fallback: number): number {
  const value = Number(flag(name) ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

function driversFlag(fallback: 'all' | Driver): Driver[] {
  const choice = flag('driver') ?? fallback;
  const drivers = choice === 'all' ? [...DRIVERS] : [choice as Driver];
  if (!drivers.every((driver) => DRIVERS.includes(driver))) throw new Error(`unknown driver ${choice}`);
  return drivers;
}

const databaseUrl = process.env['DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres';

async function eventStore(): Promise<Record<string, unknown>> {
  const drivers = driversFlag('all');
  const seconds = numberFlag('seconds', 1.5);
  const rounds = numberFlag('rounds', 7);
  const events = numberFlag('events', 50_000);
  const sections: Partial<Record<Driver, Workloads>> = {};
  for (const driver of drivers) {
    progress(`event-store on ${driver}`);
    // Embedded PGlite is an order of magnitude slower to fill; its log is kept smaller.
    sections[driver] = await benchEventStore(driver, {
      databaseUrl,
      seconds: driver === 'pglite' ? Math.max(1, seconds * 0.67) : seconds,
      rounds,
      readEvents: driver === 'pglite' ? Math.min(events, 20_000) : events,
      pageSize: 1000,
    });
  }
  const [first, ...others] = drivers;
  return {
    driver: first,
    workloads: sections[first],
    ...Object.fromEntries(others.map((driver) => [driver, { workloads: sections[driver] }])),
  };
}

/** One driver only: the default is the platform's own default, embedded PGlite. */
function singleDriver(): Driver {
  const drivers = driversFlag('pglite');
  if (drivers.length !== 1) throw new Error('this benchmark runs on one driver at a time: --driver=pglite|postgres');
  return drivers[0];
}

async function projections(): Promise<Record<string, unknown>> {
  const driver = singleDriver();
  progress(`projections on ${driver}`);
  return {
    projections: await benchProjections(driver, {
      databaseUrl,
      rounds: numberFlag('rounds', 3),
      batchSize: numberFlag('batch', 500),
    }),
  };
}

async function graphql(): Promise<Record<string, unknown>> {
  const driver = singleDriver();
  progress(`graphql on ${driver}`);
  return {
    graphql: await benchGraphql(driver, {
      databaseUrl,
      seconds: numberFlag('seconds', 3),
      rounds: numberFlag('rounds', 3),
      seededData: flag('data'),
      port: flag('port') === undefined ? undefined : numberFlag('port', 0),
    }),
  };
}

const BENCHMARKS: Record<string, () => Promise<Record<string, unknown>>> = {
  'event-store': eventStore,
  projections,
  graphql,
};

async function main(): Promise<void> {
  const benchmark = process.argv[2];
  const run = benchmark === undefined ? undefined : BENCHMARKS[benchmark];
  if (!run) throw new Error(`${USAGE} (unknown benchmark: ${benchmark ?? 'none'})`);
  if (benchmark === 'graphql' && allocatorUntuned()) {
    progress('running again with the load generator’s allocator tuned (graphql/load-generator-allocator.ts)');
    process.exitCode = rerunWithTunedAllocator();
    return;
  }
  const started = Date.now();
  const result = { benchmark, ...(await run()), seconds: Math.round((Date.now() - started) / 1000) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  // A benchmark of error responses is worthless: say so in the exit code too.
  if ((result as { graphql?: { responses: { valid: boolean } } }).graphql?.responses.valid === false) {
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
