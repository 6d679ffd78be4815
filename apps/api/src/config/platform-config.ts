import { join, resolve } from 'node:path';

/**
 * Everything the platform reads from its environment, in one place, checked at start-up.
 * The README's configuration table lists the same variables.
 */
export interface PlatformConfig {
  readonly production: boolean;
  readonly port: number;
  /** Folder of the embedded default (PGlite database, development signing key). */
  readonly dataDir: string;
  /** A PostgreSQL server; when absent, embedded PGlite under dataDir. */
  readonly databaseUrl: string | undefined;
  readonly eventStore: 'sql' | 'kurrentdb';
  readonly kurrentDbUrl: string | undefined;
  /** Who issues the bearer tokens the platform accepts. */
  readonly identity: IdentityConfig;
  /** Changes (GraphQL mutations) one user may make a minute. */
  readonly mutationRatePerMinute: number;
  /** The built admin app served at `/`. */
  readonly adminDir: string;
  /** Register the 2009 partnerships on first start. */
  readonly seedDemoData: boolean;
  /** The development sign-in (`/auth/dev-users`, `/auth/dev-login`); never in production. */
  readonly devSignIn: boolean;
}

/**
 * An external identity provider (any OpenID Connect provider, or anything publishing a JWKS),
 * or — only outside production — the platform as its own issuer, with a key kept in the data folder.
 */
export type IdentityConfig =
  | { readonly kind: 'jwks'; readonly jwksUrl: string; readonly issuer: string; readonly audience: string }
  | { readonly kind: 'local'; readonly issuer: string; readonly audience: string; readonly signingKeyFile: string };

/** The issuer and audience of the platform's own development tokens. */
export const LOCAL_ISSUER = 'nsf-platform-local';
export const LOCAL_AUDIENCE = 'nsf-platform';

const IDENTITY_SETTINGS = ['NSF_JWKS_URL', 'NSF_JWT_ISSUER', 'NSF_JWT_AUDIENCE'] as const;

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

  const identity = identityConfig(env, production, dataDir);

  const rate = env['NSF_MUTATION_RATE_PER_MINUTE'] ?? '120';
  const mutationRatePerMinute = Number(rate);
  if (!/^\d+$/.test(rate) || mutationRatePerMinute < 1) {
    throw new ConfigError(`NSF_MUTATION_RATE_PER_MINUTE must be a whole number of at least 1, got "${rate}"`);
  }

  return {
    production,
    port,
    dataDir,
    databaseUrl,
    eventStore,
    kurrentDbUrl,
    identity,
    mutationRatePerMinute,
    adminDir: resolve(env['NSF_ADMIN_DIR'] ?? join(baseDir, '..', 'admin')),
    seedDemoData: (env['NSF_DEMO_DATA'] ?? (production ? 'false' : 'true')) === 'true',
    devSignIn: identity.kind === 'local',
  };
}

function identityConfig(env: NodeJS.ProcessEnv, production: boolean, dataDir: string): IdentityConfig {
  const [jwksUrl, issuer, audience] = IDENTITY_SETTINGS.map((name) => env[name]?.trim() || undefined);
  const missing = IDENTITY_SETTINGS.filter((name) => !env[name]?.trim());
  if (jwksUrl && issuer && audience) {
    if (!/^https?:\/\//.test(jwksUrl)) throw new ConfigError(`NSF_JWKS_URL must be an http(s) URL, got "${jwksUrl}"`);
    // Whoever can alter the key set in transit can sign in as anyone.
    if (production && !jwksUrl.startsWith('https://')) {
      throw new ConfigError(`NSF_JWKS_URL must use https when NODE_ENV=production, got "${jwksUrl}"`);
    }
    return { kind: 'jwks', jwksUrl, issuer, audience };
  }
  if (production) {
    throw new ConfigError(
      `NODE_ENV=production needs the identity provider whose tokens to trust (${IDENTITY_SETTINGS.join(', ')}); ` +
        `not set: ${missing.join(', ')}`,
    );
  }
  // Half a configuration would silently fall back to development tokens: refuse it instead.
  if (missing.length < IDENTITY_SETTINGS.length) {
    throw new ConfigError(
      `${IDENTITY_SETTINGS.join(', ')} go together: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing`,
    );
  }
  return {
    kind: 'local',
    issuer: LOCAL_ISSUER,
    audience: LOCAL_AUDIENCE,
    // Beside the embedded database, so development tokens survive a restart.
    signingKeyFile: join(dataDir, 'development-signing-key.json'),
  };
}
