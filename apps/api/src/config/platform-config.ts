import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Everything the platform reads from its environment, in one place, checked at start-up.
 * The README's configuration table lists the same variables.
 */
export interface PlatformConfig {
  readonly production: boolean;
  readonly port: number;
  /** Folder of the embedded default (PGlite database, development signing secret). */
  readonly dataDir: string;
  /** A PostgreSQL server; when absent, embedded PGlite under dataDir. */
  readonly databaseUrl: string | undefined;
  readonly eventStore: 'sql' | 'kurrentdb';
  readonly kurrentDbUrl: string | undefined;
  readonly jwtSecret: string;
  /** The built admin app served at `/`. */
  readonly adminDir: string;
  /** Register the 2009 partnerships on first start. */
  readonly seedDemoData: boolean;
  /** The development sign-in (`/auth/dev-users`, `/auth/dev-login`); never in production. */
  readonly devSignIn: boolean;
}

export class ConfigError extends Error {}

export function loadPlatformConfig(env: NodeJS.ProcessEnv = process.env, baseDir = __dirname): PlatformConfig {
  const production = env['NODE_ENV'] === 'production';
  const port = Number(env['PORT'] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number, got "${env['PORT']}"`);

  const dataDir = resolve(env['NSF_DATA_DIR'] ?? '.nsf-data');
  const databaseUrl = env['DATABASE_URL'] || undefined;

  const eventStore = (env['EVENT_STORE'] ?? 'sql').toLowerCase();
  if (eventStore !== 'sql' && eventStore !== 'kurrentdb') {
    throw new ConfigError(`EVENT_STORE must be "sql" or "kurrentdb", got "${env['EVENT_STORE']}"`);
  }
  const kurrentDbUrl = env['KURRENTDB_URL'] || undefined;
  if (eventStore === 'kurrentdb' && !kurrentDbUrl) throw new ConfigError('EVENT_STORE=kurrentdb needs KURRENTDB_URL');

  let jwtSecret = env['NSF_JWT_SECRET'];
  if (!jwtSecret) {
    if (production) throw new ConfigError('NSF_JWT_SECRET must be set when NODE_ENV=production');
    jwtSecret = developmentSecret(dataDir);
  }

  return {
    production,
    port,
    dataDir,
    databaseUrl,
    eventStore,
    kurrentDbUrl,
    jwtSecret,
    adminDir: resolve(env['NSF_ADMIN_DIR'] ?? join(baseDir, '..', 'admin')),
    seedDemoData: (env['NSF_DEMO_DATA'] ?? (production ? 'false' : 'true')) === 'true',
    devSignIn: !production,
  };
}

/** Kept beside the embedded database, so development tokens survive a restart. */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, 'development-signing-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
