import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestDatabase, type TestDatabase, type TestDriver } from '@nsf/sql';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlatformConfig } from '../config/platform-config';
import { createPlatformApp } from '../platform-app';
import { seededTemplate } from './seeded-templates';

/**
 * The real platform on a random port, for integration tests: a fresh PGlite folder, or a fresh
 * database on the PostgreSQL server named by DATABASE_URL.
 */
export interface PlatformHarness {
  readonly app: NestFastifyApplication;
  readonly baseUrl: string;
  readonly dataDir: string;
  graphql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<Data>>;
  signIn(username: string): Promise<string>;
  /** Stops the server; the data stays for a restart unless `dispose` is called. */
  stop(): Promise<void>;
  dispose(): Promise<void>;
}

export interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export async function startPlatform(
  driver: TestDriver,
  options: {
    seedDemoData?: boolean;
    reuse?: { dataDir: string; database?: TestDatabase };
    /** More settings, as environment variables (e.g. a small NSF_MUTATION_RATE_PER_MINUTE). */
    env?: Record<string, string>;
  } = {},
): Promise<PlatformHarness & { database?: TestDatabase }> {
  const dataDir = options.reuse?.dataDir ?? mkdtempSync(join(tmpdir(), 'nsf-api-'));
  let database = options.reuse?.database;
  // A fresh start with demo data begins from the run's seeded template, when the global setup made one.
  const template = options.seedDemoData && !options.reuse ? await seededTemplate(driver) : undefined;
  if (driver === 'pglite' && template) cpSync(template, dataDir, { recursive: true });
  if (driver === 'postgres' && !database) {
    database = await createTestDatabase('postgres', { template });
  }
  const config = loadPlatformConfig({
    NSF_DATA_DIR: dataDir,
    DATABASE_URL: database?.url,
    NSF_DEMO_DATA: options.seedDemoData ? 'true' : 'false',
    NSF_ADMIN_DIR: join(dataDir, 'no-admin-build'),
    // Specs sweep through many changes as one user at machine speed; the limit has its own spec.
    NSF_MUTATION_RATE_PER_MINUTE: '1000',
    ...options.env,
  });
  const app = await createPlatformApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;

  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= app.close());
  return {
    app,
    baseUrl,
    dataDir,
    database,
    async graphql<Data>(query: string, variables?: Record<string, unknown>, token?: string) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<Data>;
    },
    async signIn(username: string) {
      const response = await fetch(`${baseUrl}/auth/dev-login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username }),
      });
      if (!response.ok) throw new Error(`sign-in as ${username} failed: ${response.status}`);
      return ((await response.json()) as { token: string }).token;
    },
    stop,
    async dispose() {
      await stop();
      await database?.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
