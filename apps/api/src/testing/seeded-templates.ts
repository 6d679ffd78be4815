/**
 * The demo history is some 57,000 events: seeding it for every integration suite on every driver
 * would spend most of the run re-writing the same events. The first suite of a run that needs
 * it seeds it once per driver through the real platform start — a PGlite folder, or a database
 * on the PostgreSQL server — and every suite starts from a copy (a folder copy, or CREATE
 * DATABASE … TEMPLATE) that already holds the marker, the read models and their checkpoints.
 * Suites run in parallel workers, so the first one takes a lock (an exclusive mkdir) while it
 * seeds, and the others wait for the template to be ready.
 */
import { PgDatabase, type TestDriver } from '@nsf/sql';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPlatformConfig } from '../config/platform-config';
import { createPlatformApp } from '../platform-app';
import { TEMPLATES_DIR_ENV } from './templates-dir';

/** Long enough for a seed on a loaded machine; a stale lock beyond it means a worker died mid-seed. */
const WAIT_LIMIT_MS = 15 * 60_000;

async function seed(env: Record<string, string>): Promise<void> {
  const config = loadPlatformConfig({
    ...env,
    NSF_DEMO_DATA: 'true',
    NSF_ADMIN_DIR: join(env['NSF_DATA_DIR'], 'none'),
  });
  const app = await createPlatformApp(config, { logger: false });
  await app.close();
}

async function build(driver: TestDriver, root: string): Promise<string> {
  if (driver === 'pglite') {
    const folder = join(root, 'pglite-template');
    await seed({ NSF_DATA_DIR: folder });
    return folder;
  }
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) throw new Error('DATABASE_URL is not set: no PostgreSQL server to seed a template on');
  const name = `nsf_template_${randomBytes(6).toString('hex')}`;
  const admin = new PgDatabase(serverUrl);
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.close();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await seed({ NSF_DATA_DIR: join(root, 'postgres-template-data'), DATABASE_URL: url.toString() });
  return name;
}

/**
 * The seeded template for the driver — a PGlite folder to copy, or a PostgreSQL database name —
 * or undefined when the run has no templates folder (a spec run outside the api's Jest config).
 */
export async function seededTemplate(driver: TestDriver): Promise<string | undefined> {
  const root = process.env[TEMPLATES_DIR_ENV];
  if (!root) return undefined;
  const ready = join(root, `${driver}.ready`);
  const lock = join(root, `${driver}.lock`);
  const giveUp = Date.now() + WAIT_LIMIT_MS;
  while (!existsSync(ready)) {
    if (Date.now() > giveUp)
      throw new Error(`no ${driver} template after ${WAIT_LIMIT_MS} ms: a worker died seeding it`);
    try {
      mkdirSync(lock);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      if (!existsSync(ready)) {
        writeFileSync(`${ready}.partial`, await build(driver, root));
        renameSync(`${ready}.partial`, ready);
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return readFileSync(ready, 'utf8');
}
