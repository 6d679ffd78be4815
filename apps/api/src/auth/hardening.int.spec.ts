import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SQL_DATABASE } from '@nsf/api-core';
import { testDrivers, type SqlDatabase } from '@nsf/sql';
import { expectRefused } from '../testing/expect-refused';
import { startPlatform } from '../testing/platform-harness';

const MUTATIONS_PER_MINUTE = 3;
const REGISTER = `
  mutation Register($input: RegisterPartnershipInput!) { registerPartnership(input: $input) { id } }`;
const HELMET_HEADERS = {
  'content-security-policy': expect.stringContaining("default-src 'self'") as unknown,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'strict-transport-security': expect.stringContaining('max-age=') as unknown,
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

describe.each(testDrivers())('hardening on %s', (driver) => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: SqlDatabase;
  beforeAll(async () => {
    const adminDir = join(tmpdir(), `nsf-hardening-admin-${process.pid}-${driver}`);
    platform = await startPlatform(driver, {
      env: { NSF_MUTATION_RATE_PER_MINUTE: String(MUTATIONS_PER_MINUTE), NSF_ADMIN_DIR: adminDir },
    });
    // A stand-in admin page, written after start: Jest cannot load @fastify/static (it requires an
    // ES module), so `/` reaches the page through the SPA fallback; the headers are the same.
    mkdirSync(adminDir, { recursive: true });
    writeFileSync(join(adminDir, 'index.html'), '<!doctype html><title>NSF</title><div id="root"></div>');
    db = platform.app.get<SqlDatabase>(SQL_DATABASE);
  });
  afterAll(async () => {
    await platform.dispose();
    rmSync(join(tmpdir(), `nsf-hardening-admin-${process.pid}-${driver}`), { recursive: true, force: true });
  });

  describe('security headers', () => {
    it('are sent with the admin app at /', async () => {
      const response = await fetch(`${platform.baseUrl}/`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(Object.fromEntries(response.headers)).toMatchObject(HELMET_HEADERS);
    });

    it('are sent with GraphQL answers at /graphql', async () => {
      const response = await fetch(`${platform.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
      expect(Object.fromEntries(response.headers)).toMatchObject(HELMET_HEADERS);
    });

    it('tell every cache on the way to keep no GraphQL answer, an error included', async () => {
      for (const query of ['{ __typename }', '{ me { username } }', '{ nosuchfield }']) {
        const response = await fetch(`${platform.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        expect(response.headers.get('cache-control')).toBe('no-store');
      }
    });
  });

  describe('query limits', () => {
    it('refuse 101 aliases of one field as GRAPHQL_VALIDATION_FAILED, before running anything', async () => {
      const aliases = Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ');
      const result = await platform.graphql(`{ ${aliases} }`);
      expect(result.data).toBeUndefined();
      expect(result.errors).toEqual([
        {
          message: 'This query uses 101 aliases; at most 100 are allowed in one request.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ]);
    });

    it('let 100 aliases through', async () => {
      const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ');
      const result = await platform.graphql<Record<string, string>>(`{ ${aliases} }`);
      expect(Object.keys(result.data ?? {})).toHaveLength(100);
    });

    it('refuse a query nested too deep as GRAPHQL_VALIDATION_FAILED', async () => {
      // Today's types do not nest (no cycles), so the deep query that exists is introspection's ofType chain.
      const typeRef = (levels: number): string => (levels === 0 ? 'name' : `name ofType { ${typeRef(levels - 1)} }`);
      const deep = `{ __type(name: "Query") { fields { type { ${typeRef(13)} } } } }`;
      const result = await platform.graphql(deep);
      expect(result.errors).toEqual([
        {
          message: 'This query nests fields 17 deep; at most 15 levels are allowed.',
          locations: [{ line: 1, column: 1 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ]);
    });
  });

  describe('the per-user limit on changes', () => {
    it(`refuses the change after ${MUTATIONS_PER_MINUTE} in a minute as RATE_LIMITED, appending nothing`, async () => {
      const nadia = await platform.signIn('nadia.national');
      const register = (n: number) =>
        platform.graphql(
          REGISTER,
          { input: { name: `Rate Limit Test CDRP ${n}`, type: 'CDRP', region: 'NORTH_WEST' } },
          nadia,
        );
      for (let n = 1; n <= MUTATIONS_PER_MINUTE; n++) expect((await register(n)).errors).toBeUndefined();

      const message = await expectRefused(db, () => register(MUTATIONS_PER_MINUTE + 1), { code: 'RATE_LIMITED' });
      expect(message).toMatch(/^You have made more than 3 changes in a minute\. Wait \d+ seconds? and try again\.$/);
    });

    it('does not limit reads, nor another user’s changes', async () => {
      const nadia = await platform.signIn('nadia.national');
      for (let n = 0; n < MUTATIONS_PER_MINUTE + 2; n++) {
        expect((await platform.graphql('{ me { username } }', {}, nadia)).data).toEqual({
          me: { username: 'nadia.national' },
        });
      }
      const nora = await platform.signIn('nora.northwest');
      const result = await platform.graphql(
        REGISTER,
        { input: { name: 'Rate Limit Test CDRP by Nora', type: 'CDRP', region: 'NORTH_WEST' } },
        nora,
      );
      // Nora is not limited: the national-only rule refuses her, not the rate limit.
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
