import { join } from 'node:path';
import { ConfigError, LOCAL_AUDIENCE, LOCAL_ISSUER, loadPlatformConfig } from './platform-config';

const IDENTITY_PROVIDER = {
  NSF_JWKS_URL: 'https://id.example.gov.uk/realms/nsf/protocol/openid-connect/certs',
  NSF_JWT_ISSUER: 'https://id.example.gov.uk/realms/nsf',
  NSF_JWT_AUDIENCE: 'nsf-platform',
};

function configError(env: Record<string, string>): string {
  try {
    loadPlatformConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('platform configuration', () => {
  describe('in production (NODE_ENV=production)', () => {
    it('starts with all three identity provider settings, trusting that provider and offering no development sign-in', () => {
      const config = loadPlatformConfig({ NODE_ENV: 'production', ...IDENTITY_PROVIDER });
      expect(config.identity).toEqual({
        kind: 'jwks',
        jwksUrl: IDENTITY_PROVIDER.NSF_JWKS_URL,
        issuer: IDENTITY_PROVIDER.NSF_JWT_ISSUER,
        audience: IDENTITY_PROVIDER.NSF_JWT_AUDIENCE,
      });
      expect(config.devSignIn).toBe(false);
    });

    it('refuses to start without them, naming all three', () => {
      expect(configError({ NODE_ENV: 'production' })).toBe(
        'NODE_ENV=production needs the identity provider whose tokens to trust ' +
          '(NSF_JWKS_URL, NSF_JWT_ISSUER, NSF_JWT_AUDIENCE); not set: NSF_JWKS_URL, NSF_JWT_ISSUER, NSF_JWT_AUDIENCE',
      );
    });

    it.each(Object.keys(IDENTITY_PROVIDER))('refuses to start without %s, and names only that one', (missing) => {
      const env: Record<string, string> = { NODE_ENV: 'production', ...IDENTITY_PROVIDER, [missing]: ' ' };
      expect(configError(env)).toMatch(new RegExp(`not set: ${missing}$`));
    });

    it('ignores the retired NSF_JWT_SECRET: a shared secret no longer signs anything', () => {
      expect(configError({ NODE_ENV: 'production', NSF_JWT_SECRET: 'x'.repeat(40) })).toMatch(/not set: NSF_JWKS_URL/);
    });

    it('refuses a JWKS address over plain http: whoever alters the keys in transit could sign in as anyone', () => {
      expect(
        configError({ NODE_ENV: 'production', ...IDENTITY_PROVIDER, NSF_JWKS_URL: 'http://id.example.gov.uk/certs' }),
      ).toMatch(/NSF_JWKS_URL must use https when NODE_ENV=production/);
    });

    it('refuses a JWKS address that is not http(s)', () => {
      expect(configError({ NODE_ENV: 'production', ...IDENTITY_PROVIDER, NSF_JWKS_URL: 'file:///etc/keys' })).toMatch(
        /NSF_JWKS_URL must be an http\(s\) URL/,
      );
    });
  });

  describe('in development', () => {
    it('is its own issuer, with a key in the data folder and the development sign-in', () => {
      const config = loadPlatformConfig({ NSF_DATA_DIR: '/tmp/nsf-config-spec' });
      expect(config.identity).toEqual({
        kind: 'local',
        issuer: LOCAL_ISSUER,
        audience: LOCAL_AUDIENCE,
        signingKeyFile: join('/tmp/nsf-config-spec', 'development-signing-key.json'),
      });
      expect(config.devSignIn).toBe(true);
    });

    it('trusts an identity provider when given one, and then has no development sign-in', () => {
      const config = loadPlatformConfig(IDENTITY_PROVIDER);
      expect(config.identity.kind).toBe('jwks');
      expect(config.devSignIn).toBe(false);
    });

    it('refuses half an identity provider rather than silently falling back to development tokens', () => {
      expect(configError({ NSF_JWKS_URL: IDENTITY_PROVIDER.NSF_JWKS_URL })).toBe(
        'NSF_JWKS_URL, NSF_JWT_ISSUER, NSF_JWT_AUDIENCE go together: NSF_JWT_ISSUER, NSF_JWT_AUDIENCE are missing',
      );
    });
  });

  describe('the mutation rate limit', () => {
    it('allows 120 changes a minute per user unless told otherwise', () => {
      expect(loadPlatformConfig({}).mutationRatePerMinute).toBe(120);
      expect(loadPlatformConfig({ NSF_MUTATION_RATE_PER_MINUTE: '5' }).mutationRatePerMinute).toBe(5);
    });

    it.each(['0', '-3', '2.5', 'lots'])('refuses NSF_MUTATION_RATE_PER_MINUTE=%s', (value) => {
      expect(configError({ NSF_MUTATION_RATE_PER_MINUTE: value })).toMatch(/NSF_MUTATION_RATE_PER_MINUTE must be/);
    });
  });
});
