/**
 * Benchmarks of the platform, run with
 *   npx tsx --tsconfig tsconfig.base.json tools/bench/src/main.ts event-store [--driver=postgres|pglite|all]
 *       [--seconds=1.5] [--rounds=7] [--events=50000]
 * Progress goes to stderr; the result is ONE JSON line, printed last on stdout.
 */
import { benchEventStore, type Driver, type Workloads } from './event-store/event-store-bench';
import { progress } from './measure';

function flag(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function numberFlag(name: string, fallback: number): number {
  const value = Number(flag(name) ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

async function main(): Promise<void> {
  const benchmark = process.argv[2];
  if (benchmark !== 'event-store') {
    throw new Error(
      `usage: main.ts event-store [--driver=postgres|pglite|all] (unknown benchmark: ${benchmark ?? 'none'})`,
    );
  }
  const choice = flag('driver') ?? 'all';
  const drivers: Driver[] = choice === 'all' ? ['postgres', 'pglite'] : [choice as Driver];
  if (!drivers.every((driver) => driver === 'postgres' || driver === 'pglite'))
    throw new Error(`unknown driver ${choice}`);

  const databaseUrl = process.env['DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres';
  const seconds = numberFlag('seconds', 1.5);
  const rounds = numberFlag('rounds', 7);
  const events = numberFlag('events', 50_000);
  const started = Date.now();
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
  const result = {
    benchmark: 'event-store',
    driver: first,
    workloads: sections[first],
    ...Object.fromEntries(others.map((driver) => [driver, { workloads: sections[driver] }])),
    seconds: Math.round((Date.now() - started) / 1000),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
