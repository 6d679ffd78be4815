/**
 * The projections benchmark: the national demo history seeded into a fresh database, then, for
 * several rounds, a full rebuild of each platform read model (rebuildProjection: the whole log
 * replayed into a shadow schema and switched in) beside the raw rate of copying the same rows.
 * Contenders alternate order from round to round, and each ratio is the median of the rounds'
 * ratios, so a neighbour's load on a shared machine weighs on both sides alike.
 */
import { performance } from 'node:perf_hooks';
import { createSqlEventStore, migrateEventStore, type EventStore } from '@nsf/event-store';
import { PLATFORM_PROJECTIONS, rebuildProjection, type Projection } from '@nsf/projections';
import type { SqlDatabase } from '@nsf/sql';
import { withFreshDatabase, type Driver } from '../fresh-database';
import { progress } from '../measure';
import { atLeast, median, medianRatio, round, type TargetCheck } from '../statistics';
import { createCopyTable, rawCopy, sqlCopy } from './raw-copy';
import { seedDemoHistory } from './seed-demo-history';

export interface ProjectionsBenchOptions {
  readonly databaseUrl: string;
  readonly rounds: number;
  /** Events per transaction, for the rebuilds and the raw copy alike (the platform's default is 500). */
  readonly batchSize: number;
}

export interface RebuildRate {
  /** Events of the log replayed per second, median over rounds. */
  readonly eventsPerSecond: number;
  readonly seconds: number;
  /** Rebuild rate / raw copy rate, median of the rounds' ratios. */
  readonly ratio: number;
}

export interface ProjectionsResult {
  readonly driver: Driver;
  readonly events: number;
  readonly streams: number;
  readonly seedSeconds: number;
  readonly batchSize: number;
  readonly rounds: number;
  /** The log read through readAll and written as minimal rows, a page per transaction: the baseline. */
  readonly raw: { readonly eventsPerSecond: number };
  /** INSERT … SELECT inside the server: for scale, not a target. */
  readonly sqlCopy: { readonly eventsPerSecond: number };
  /** Each read model, and `all` of them rebuilt one after another (the log is read once per read model). */
  readonly rebuild: Record<string, RebuildRate>;
  /** Each read model's rebuild against the target. */
  readonly targets: Record<string, TargetCheck>;
}

/** The rebuild must reach at least half the rate of copying the same rows. */
const TARGET_RATIO = 0.5;

export async function benchProjections(driver: Driver, options: ProjectionsBenchOptions): Promise<ProjectionsResult> {
  return withFreshDatabase(driver, options.databaseUrl, async (db) => {
    await migrateEventStore(db);
    const store = createSqlEventStore(db);
    try {
      return await measure(driver, store, db, options);
    } finally {
      await store.close();
    }
  });
}

type Contender = { readonly name: string; readonly run: () => Promise<number> };

async function measure(
  driver: Driver,
  store: EventStore,
  db: SqlDatabase,
  options: ProjectionsBenchOptions,
): Promise<ProjectionsResult> {
  const seedStarted = performance.now();
  const seeded = await seedDemoHistory(store);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  progress(`seeded ${seeded.events} events in ${seeded.streams} streams in ${seedSeconds.toFixed(1)} s`);
  await createCopyTable(db);

  const expectAll = (what: string) => (events: number) => {
    if (events !== seeded.events) throw new Error(`${what} handled ${events} events of the ${seeded.events} seeded`);
    return events;
  };
  const rebuild = (projection: Projection) => () =>
    rebuildProjection({ store, db, projection, batchSize: options.batchSize }).then((result) =>
      expectAll(`the rebuild of ${projection.name}`)(result.events),
    );
  const contenders: Contender[] = [
    { name: 'raw', run: () => rawCopy(store, db, options.batchSize).then(expectAll('the raw copy')) },
    { name: 'sqlCopy', run: () => sqlCopy(db).then(expectAll('the SQL copy')) },
    ...PLATFORM_PROJECTIONS.map((projection) => ({ name: projection.name, run: rebuild(projection) })),
  ];

  // Not measured: plans, caches and the JIT warmed on the path the raw copy takes.
  await rawCopy(store, db, options.batchSize);

  const seconds = new Map<string, number[]>(contenders.map((contender) => [contender.name, []]));
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? contenders : [...contenders].reverse();
    for (const contender of order) {
      const started = performance.now();
      const events = await contender.run();
      const elapsed = (performance.now() - started) / 1000;
      seconds.get(contender.name)?.push(elapsed);
      progress(
        `round ${round + 1}/${options.rounds} ${contender.name}: ${Math.round(events / elapsed)} events/s (${elapsed.toFixed(1)} s)`,
      );
    }
  }

  const ratesOf = (times: readonly number[]) => times.map((time) => seeded.events / time);
  const timesOf = (name: string) => seconds.get(name) ?? [];
  const rawRates = ratesOf(timesOf('raw'));
  const allTimes = rawRates.map((_, round) =>
    PLATFORM_PROJECTIONS.reduce((sum, projection) => sum + timesOf(projection.name)[round], 0),
  );
  const rateOf = (times: readonly number[]): RebuildRate => ({
    eventsPerSecond: Math.round(median(ratesOf(times))),
    seconds: round(median(times), 1),
    ratio: round(medianRatio(ratesOf(times), rawRates)),
  });
  const rebuildRates: Record<string, RebuildRate> = {};
  const targets: Record<string, TargetCheck> = {};
  for (const projection of PLATFORM_PROJECTIONS) {
    const rate = rateOf(timesOf(projection.name));
    rebuildRates[projection.name] = rate;
    targets[projection.name] = atLeast(`rebuild of ${projection.name} ≥ 0.5× raw copy`, rate.ratio, TARGET_RATIO);
  }
  rebuildRates['all'] = rateOf(allTimes);

  return {
    driver,
    events: seeded.events,
    streams: seeded.streams,
    seedSeconds: round(seedSeconds, 1),
    batchSize: options.batchSize,
    rounds: options.rounds,
    raw: { eventsPerSecond: Math.round(median(rawRates)) },
    sqlCopy: { eventsPerSecond: Math.round(median(ratesOf(timesOf('sqlCopy')))) },
    rebuild: rebuildRates,
    targets,
  };
}
