/** Removes the run's seeded templates: the folder, and the PostgreSQL template database if one was made. */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { TEMPLATES_DIR_ENV } from './templates-dir';

export default async function globalTeardown(): Promise<void> {
  const root = process.env[TEMPLATES_DIR_ENV];
  if (!root) return;
  const postgres = join(root, 'postgres.ready');
  const serverUrl = process.env['DATABASE_URL'];
  if (existsSync(postgres) && serverUrl) {
    const name = readFileSync(postgres, 'utf8');
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      if (/^\w+$/.test(name)) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  }
  rmSync(root, { recursive: true, force: true });
}
