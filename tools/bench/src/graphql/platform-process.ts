/**
 * The real platform, as `npm start` runs it (node dist/apps/api/main.js), in a child process on a
 * free port of 127.0.0.1: the benchmark's client and the server then share the machine as they
 * would on one host, but not one event loop. The build is made when there is none.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { progress } from '../measure';

const WORKSPACE = join(__dirname, '..', '..', '..', '..');
const MAIN = join(WORKSPACE, 'dist', 'apps', 'api', 'main.js');
/** A first start seeds the demo history; on a loaded 2-core machine that has taken minutes. */
const START_LIMIT_MS = 15 * 60_000;

export interface PlatformProcess {
  readonly baseUrl: string;
  /** From spawning the process to the first healthy answer. */
  readonly startSeconds: number;
  /** The platform's process id (its CPU time is read around each load run). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

export function ensureBuilt(): void {
  if (existsSync(MAIN)) {
    progress(`benchmarking the existing build ${MAIN} (rebuild it with "npx nx build api" after changes)`);
    return;
  }
  progress('no build of the api yet: npx nx build api');
  const nx = join(WORKSPACE, 'node_modules', 'nx', 'bin', 'nx.js');
  const built = spawnSync(process.execPath, [nx, 'build', 'api', '--outputStyle=static'], {
    cwd: WORKSPACE,
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (built.status !== 0 || !existsSync(MAIN)) throw new Error('the api did not build');
}

/**
 * Starts the platform with `env` (NSF_DATA_DIR, DATABASE_URL, …) on `port` (a free one when not
 * given) and waits until /health answers.
 */
export async function startPlatformProcess(
  env: Record<string, string>,
  logFile: string,
  port?: number,
): Promise<PlatformProcess> {
  port ??= await freePort();
  const log = openSync(logFile, 'a');
  const started = performance.now();
  const child = spawn(process.execPath, [MAIN], {
    cwd: WORKSPACE,
    stdio: ['ignore', log, log],
    env: {
      PATH: process.env['PATH'] ?? '',
      ...env,
      PORT: String(port),
      // No admin build to serve: the benchmark asks GraphQL only.
      NSF_ADMIN_DIR: join(WORKSPACE, 'dist', 'no-admin-for-the-benchmark'),
    },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    await waitForHealth(baseUrl, child, exited, logFile);
  } catch (error) {
    await stopChild(child, exited);
    throw error;
  }
  return {
    baseUrl,
    startSeconds: (performance.now() - started) / 1000,
    pid: child.pid,
    stop: () => stopChild(child, exited),
  };
}

async function waitForHealth(
  baseUrl: string,
  child: ChildProcess,
  exited: Promise<number | null>,
  logFile: string,
): Promise<void> {
  const giveUp = Date.now() + START_LIMIT_MS;
  let dead = false;
  void exited.then(() => (dead = true));
  while (Date.now() < giveUp) {
    if (dead) {
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
      throw new Error(`the platform exited with ${child.exitCode} before it was healthy:\n${tail}`);
    }
    const healthy = await fetch(`${baseUrl}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the platform was not healthy after ${START_LIMIT_MS / 60_000} minutes (log: ${logFile})`);
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
