// Starts and stops the real platform (`node dist/apps/api/main.js`) for the browser tests: the
// API with the admin build, on a free port, with its own data folder and, when DATABASE_URL is
// set, its own database.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFreshDatabase, dropFreshDatabase, type FreshDatabase } from './fresh-database';
import { ADMIN_INDEX, API_MAIN, WORKSPACE_ROOT } from './workspace';

export interface RunningPlatform {
  readonly baseUrl: string;
  readonly process: ChildProcess;
  readonly workDir: string;
  readonly logPath: string;
  readonly database: FreshDatabase | null;
}

declare global {
  // Set by the global setup, read by the global teardown: Jest runs both in one process.
  var nsfE2ePlatform: RunningPlatform | undefined;
}

// Seeding 368 partnerships into a cold store can take a while on a slow machine.
const READY_WITHIN_MS = 180_000;
const POLL_EVERY_MS = 500;

export async function startPlatform(): Promise<RunningPlatform> {
  for (const built of [API_MAIN, ADMIN_INDEX]) {
    if (!existsSync(built)) throw new Error(`${built} is missing: build first (npx nx run-many -t build -p api admin)`);
  }
  const workDir = await mkdtemp(join(tmpdir(), 'nsf-e2e-'));
  const dataDir = join(workDir, 'data');
  await mkdir(dataDir);
  const logPath = join(workDir, 'api.log');
  const port = await freePort();
  const database = process.env['DATABASE_URL'] ? await createFreshDatabase(process.env['DATABASE_URL']) : null;

  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NSF_DATA_DIR: dataDir };
  if (database) env['DATABASE_URL'] = database.url;
  const log = openSync(logPath, 'a');
  // node itself, not npx: the PID we hold must be the server's, or killing it leaves it running.
  const child = spawn(process.execPath, [API_MAIN], { cwd: WORKSPACE_ROOT, env, stdio: ['ignore', log, log] });
  closeSync(log);

  const platform: RunningPlatform = { baseUrl: `http://127.0.0.1:${port}`, process: child, workDir, logPath, database };
  try {
    await waitUntilHealthy(platform);
  } catch (error) {
    await stopPlatform(platform, { keepLog: true });
    throw error;
  }
  return platform;
}

export async function stopPlatform(platform: RunningPlatform, options: { keepLog?: boolean } = {}): Promise<void> {
  await terminate(platform.process);
  if (platform.database) await dropFreshDatabase(platform.database);
  if (!options.keepLog && !process.env['E2E_KEEP_LOGS']) await rm(platform.workDir, { recursive: true, force: true });
}

async function waitUntilHealthy(platform: RunningPlatform): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (platform.process.exitCode !== null || platform.process.signalCode !== null) {
      throw new Error(
        `The platform exited (${platform.process.exitCode ?? platform.process.signalCode}) before it was healthy.\n${logTail(platform.logPath)}`,
      );
    }
    try {
      const response = await fetch(`${platform.baseUrl}/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
      lastProblem = `GET /health answered ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
  }
  throw new Error(
    `The platform was not healthy within ${READY_WITHIN_MS / 1000} s (${lastProblem}).\n${logTail(platform.logPath)}`,
  );
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(forced);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('No free port'))));
    });
  });
}

function logTail(logPath: string): string {
  if (!existsSync(logPath)) return '(no log)';
  const lines = readFileSync(logPath, 'utf8').trimEnd().split('\n');
  return `Last lines of ${logPath}:\n${lines.slice(-40).join('\n')}`;
}
