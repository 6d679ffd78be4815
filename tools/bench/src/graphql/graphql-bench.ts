/**
 * The graphql benchmark: the real platform on the demo history, loaded with autocannon at 1 and
 * 16 connections for a fixed time per run. Each measured query runs beside a trivial query as the
 * same user, alternating order from round to round, so a ratio compares two runs adjacent in time
 * on the same server; each ratio is the median of the rounds' ratios.
 *
 *   regionOverview(region: NORTH_WEST) as the North West's coordinator
 *   partnership(id, asOf) as the national team, for Allerdale halfway through its history
 *
 * The target: regionOverview's p50 at most twice the trivial query's.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withServerDatabase, type Driver } from '../fresh-database';
import { progress } from '../measure';
import { atMost, median, medianRatio, percentile, round, type TargetCheck } from '../statistics';
import { runLoad, type LoadRun } from './load';
import { partnershipHistory, signIn } from './platform-client';
import { ensureBuilt, startPlatformProcess } from './platform-process';
import { TRIVIAL, partnershipAsOf, regionOverview, requestOf, type BenchQuery } from './queries';

export interface GraphqlBenchOptions {
  readonly databaseUrl: string;
  /** Length of one load run. */
  readonly seconds: number;
  readonly rounds: number;
  /** A PGlite data folder already seeded with the demo history, copied to save the first start. */
  readonly seededData?: string;
  /** Where the platform listens; a free port when not given. */
  readonly port?: number;
}

export const CONNECTIONS = [1, 16] as const;
const COORDINATOR = 'nora.northwest';
const NATIONAL = 'nadia.national';
const REGION = 'NORTH_WEST';
const PARTNERSHIP = 'Allerdale CDRP';
/** regionOverview's p50 must be at most this many times the trivial query's. */
const TARGET_P50_RATIO = 2;

export interface Latencies {
  /** Milliseconds, medians over rounds of each run's percentile. */
  readonly p50: number;
  readonly p99: number;
  readonly requestsPerSecond: number;
  /**
   * CPU milliseconds per response, medians over rounds: the load generator's (it shares the
   * machine, and its work on an answer lands in the latency it measures) and the platform's (null
   * where the platform's CPU time cannot be read).
   */
  readonly cpuPerResponse: { readonly loadGenerator: number; readonly platform: number | null };
}

export interface QueryResult {
  readonly user: string;
  readonly variables: Record<string, unknown>;
  /** Per number of connections: the query, the trivial query beside it, and their ratios. */
  readonly connections: Record<string, Latencies & { trivial: Latencies; p50Ratio: number; p99Ratio: number }>;
}

export interface GraphqlResult {
  readonly driver: Driver;
  readonly seconds: number;
  readonly rounds: number;
  /** Spawn to healthy, when this run seeded the demo history itself (a first start); else null. */
  readonly firstStartSeconds: number | null;
  readonly queries: Record<string, QueryResult>;
  /** Every response of every run (warm-ups included) checked: 2xx, data, no GraphQL errors. */
  readonly responses: { total: number; non2xx: number; errors: number; badBodies: number; valid: boolean };
  readonly targets: Record<string, TargetCheck>;
}

export async function benchGraphql(driver: Driver, options: GraphqlBenchOptions): Promise<GraphqlResult> {
  ensureBuilt();
  const workDir = mkdtempSync(join(tmpdir(), 'nsf-bench-graphql-'));
  const dataDir = join(workDir, 'data');
  try {
    if (driver === 'postgres') {
      if (options.seededData) progress('--data is a PGlite folder: ignored on PostgreSQL, which seeds afresh');
      return await withServerDatabase(options.databaseUrl, (url) =>
        measure(driver, { NSF_DATA_DIR: dataDir, DATABASE_URL: url }, false, workDir, options),
      );
    }
    if (options.seededData) {
      progress(`copying the seeded data folder ${options.seededData}`);
      cpSync(options.seededData, dataDir, { recursive: true });
    }
    return await measure(driver, { NSF_DATA_DIR: dataDir }, !!options.seededData, workDir, options);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

interface Workload {
  readonly query: BenchQuery;
  readonly user: string;
  readonly token: string;
}

async function measure(
  driver: Driver,
  env: Record<string, string>,
  seeded: boolean,
  workDir: string,
  options: GraphqlBenchOptions,
): Promise<GraphqlResult> {
  progress(seeded ? 'starting the platform' : 'starting the platform: a first start seeds the demo history');
  const platform = await startPlatformProcess(env, join(workDir, 'platform.log'), options.port);
  try {
    progress(`healthy after ${platform.startSeconds.toFixed(1)} s at ${platform.baseUrl}`);
    const coordinator = await signIn(platform.baseUrl, COORDINATOR);
    const national = await signIn(platform.baseUrl, NATIONAL);
    const allerdale = await partnershipHistory(platform.baseUrl, coordinator, REGION, PARTNERSHIP);
    progress(`${PARTNERSHIP}: ${allerdale.registeredAt} to ${allerdale.lastEventAt}, asked as of ${allerdale.middle}`);

    const beside = (user: string, token: string, query: BenchQuery): [Workload, Workload] => [
      { query: TRIVIAL, user, token },
      { query, user, token },
    ];
    const pairs = [
      beside(COORDINATOR, coordinator, regionOverview(REGION)),
      beside(NATIONAL, national, partnershipAsOf(allerdale.id, allerdale.middle)),
    ];
    const url = `${platform.baseUrl}/graphql`;
    const checks = { total: 0, non2xx: 0, errors: 0, badBodies: 0 };
    const load = async (workload: Workload, connections: number, seconds: number): Promise<LoadRun> => {
      const run = await runLoad(
        { url, token: workload.token, platformPid: platform.pid, ...requestOf(workload.query) },
        connections,
        seconds,
      );
      checks.total += run.latencies.length + run.non2xx;
      checks.non2xx += run.non2xx;
      checks.errors += run.errors;
      checks.badBodies += run.badBodies;
      return run;
    };

    const queries: Record<string, QueryResult> = {};
    for (const [, measured] of pairs) {
      queries[measured.query.name] = { user: measured.user, variables: measured.query.variables, connections: {} };
    }
    for (const connections of CONNECTIONS) {
      // Not measured: plans, caches and the JIT warmed on every path.
      for (const workload of pairs.flat()) await load(workload, connections, 1);
      const runs = new Map<Workload, LoadRun[]>(pairs.flat().map((workload) => [workload, []]));
      for (let round = 0; round < options.rounds; round++) {
        const order = round % 2 === 0 ? pairs.flat() : pairs.flat().reverse();
        for (const workload of order) {
          const run = await load(workload, connections, options.seconds);
          runs.get(workload)?.push(run);
          progress(
            `${connections} conn. round ${round + 1}/${options.rounds} ${workload.query.name} as ${workload.user}: ` +
              `p50 ${percentileOf(run, 50).toFixed(2)} ms, ${Math.round(run.requestsPerSecond)} req/s, ` +
              `CPU per response ${cpuText(run.cpuPerResponse)}`,
          );
        }
      }
      for (const [trivial, measured] of pairs) {
        const ours = runs.get(measured) ?? [];
        const baseline = runs.get(trivial) ?? [];
        queries[measured.query.name].connections[String(connections)] = {
          ...latencies(ours),
          trivial: latencies(baseline),
          p50Ratio: round(medianRatio(ours.map(p50), baseline.map(p50))),
          p99Ratio: round(medianRatio(ours.map(p99), baseline.map(p99))),
        };
      }
    }

    const targets: Record<string, TargetCheck> = {};
    for (const connections of CONNECTIONS) {
      const measured = queries['regionOverview'].connections[String(connections)];
      targets[`regionOverview_p50_${connections}`] = atMost(
        `regionOverview p50 ≤ 2× trivial at ${connections} connection${connections === 1 ? '' : 's'}`,
        measured.p50Ratio,
        TARGET_P50_RATIO,
      );
    }
    const valid = checks.non2xx === 0 && checks.errors === 0 && checks.badBodies === 0 && checks.total > 0;
    if (!valid) progress(`INVALID: responses that were not the expected answer: ${JSON.stringify(checks)}`);
    return {
      driver,
      seconds: options.seconds,
      rounds: options.rounds,
      firstStartSeconds: seeded ? null : round(platform.startSeconds, 1),
      queries,
      responses: { ...checks, valid },
      targets,
    };
  } finally {
    await platform.stop();
  }
}

function cpuText({ loadGenerator, platform }: LoadRun['cpuPerResponse']): string {
  const platformText = platform === null ? 'unknown' : `${platform.toFixed(3)} ms`;
  return `${loadGenerator.toFixed(3)} ms load generator, ${platformText} platform`;
}

function percentileOf(run: LoadRun, p: number): number {
  return run.latencies.length === 0 ? Number.NaN : percentile(run.latencies, p);
}
const p50 = (run: LoadRun) => percentileOf(run, 50);
const p99 = (run: LoadRun) => percentileOf(run, 99);

function latencies(runs: readonly LoadRun[]): Latencies {
  return {
    p50: round(median(runs.map(p50)), 3),
    p99: round(median(runs.map(p99)), 3),
    requestsPerSecond: Math.round(median(runs.map((run) => run.requestsPerSecond))),
    cpuPerResponse: {
      loadGenerator: round(median(runs.map((run) => run.cpuPerResponse.loadGenerator)), 3),
      platform: runs.some((run) => run.cpuPerResponse.platform === null)
        ? null
        : round(median(runs.map((run) => run.cpuPerResponse.platform ?? Number.NaN)), 3),
    },
  };
}
