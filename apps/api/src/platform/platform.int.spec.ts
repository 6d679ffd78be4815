import { rmSync } from 'node:fs';
import { EVENT_STORE, PROJECTION_RUNNER, SQL_DATABASE } from '@nsf/api-core';
import { DEMO_PARTNERSHIPS_2009, DEMO_USERS } from '@nsf/demo-data';
import { EventStoreUnavailableError, type EventStore } from '@nsf/event-store';
import type { ProjectionRunner } from '@nsf/projections';
import { testDrivers, type SqlDatabase } from '@nsf/sql';
import { countEvents } from '../assessments/assessment-requests';
import { loadPlatformConfig } from '../config/platform-config';
import { createPlatformApp } from '../platform-app';
import { startPlatform } from '../testing/platform-harness';

const COUNT = `{ partnerships(first: 1) { totalCount } wales: partnerships(region: "WALES") { totalCount } }`;
const ASSESSMENT = `query Get($id: ID!) { assessment(id: $id) { status scoredCount applicableCriteriaCount } }`;
interface Counts {
  partnerships: { totalCount: number };
  wales: { totalCount: number };
}

describe.each(testDrivers())('the platform on %s', (driver) => {
  describe('on first start with demo data', () => {
    let platform: Awaited<ReturnType<typeof startPlatform>>;
    beforeAll(async () => {
      platform = await startPlatform(driver, { seedDemoData: true });
    });
    afterAll(() => platform.dispose());

    it('is healthy', async () => {
      const response = await fetch(`${platform.baseUrl}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', database: driver });
    });

    it('has registered the 368 partnerships of 2009, 22 of them in Wales', async () => {
      const result = await platform.graphql<Counts>(COUNT);
      expect(result.data).toEqual({ partnerships: { totalCount: 368 }, wales: { totalCount: 22 } });
      expect(DEMO_PARTNERSHIPS_2009).toHaveLength(368);
    });

    it('has seeded three years of assessments, Allerdale’s current one open for its lead to finish', async () => {
      const lead = await platform.signIn('liam.lead');
      const read = (id: string) => platform.graphql<{ assessment: Record<string, unknown> }>(ASSESSMENT, { id }, lead);
      expect((await read('north_west-allerdale-cdrp-2010-11')).data?.assessment).toMatchObject({ status: 'VALIDATED' });
      expect((await read('north_west-allerdale-cdrp-2011-12')).data?.assessment).toEqual({
        status: 'OPEN',
        scoredCount: 16,
        applicableCriteriaCount: 43,
      });
      const [marker] = await platform.app.get<EventStore>(EVENT_STORE).readStream('platform-demo-data');
      const seeded = (marker.data as { events: number }).events;
      expect(seeded).toBeGreaterThan(50_000);
      expect(await countEvents(platform.app.get<SqlDatabase>(SQL_DATABASE))).toBe(seeded + 1);
    });

    it('does not seed again on restart', async () => {
      const before = await countEvents(platform.app.get<SqlDatabase>(SQL_DATABASE));
      await platform.stop();
      const again = await startPlatform(driver, {
        seedDemoData: true,
        reuse: { dataDir: platform.dataDir, database: platform.database },
      });
      try {
        await again.app.get<ProjectionRunner>(PROJECTION_RUNNER).catchUp();
        const result = await again.graphql<Counts>(COUNT);
        expect(result.data?.partnerships.totalCount).toBe(368);
        expect(await countEvents(again.app.get<SqlDatabase>(SQL_DATABASE))).toBe(before);
      } finally {
        await again.stop();
      }
    });
  });

  describe('development sign-in', () => {
    let platform: Awaited<ReturnType<typeof startPlatform>>;
    beforeAll(async () => {
      platform = await startPlatform(driver);
    });
    afterAll(() => platform.dispose());

    it('lists the demo users of every role', async () => {
      const response = await fetch(`${platform.baseUrl}/auth/dev-users`);
      const users = (await response.json()) as { username: string; role: string }[];
      expect(users.map((user) => user.username)).toEqual(DEMO_USERS.map((user) => user.username));
      expect(new Set(users.map((user) => user.role))).toEqual(
        new Set(['NATIONAL', 'REGIONAL_COORDINATOR', 'PARTNERSHIP_LEAD', 'PARTNERSHIP_MEMBER', 'AUDITOR']),
      );
    });

    it('issues a token for a demo user and refuses an unknown one', async () => {
      const token = await platform.signIn(DEMO_USERS[0].username);
      expect(token.split('.')).toHaveLength(3);
      const unknown = await fetch(`${platform.baseUrl}/auth/dev-login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'mallory' }),
      });
      expect(unknown.status).toBe(404);
    });
  });
});

describe('with EVENT_STORE=kurrentdb', () => {
  it('uses the KurrentDB adapter: an unreachable server fails the start with EventStoreUnavailableError', async () => {
    const dataDir = `/tmp/nsf-kurrentdb-test-${process.pid}`;
    const config = loadPlatformConfig({
      EVENT_STORE: 'kurrentdb',
      // Port 1 is closed; one discovery attempt and a short deadline make the failure prompt.
      KURRENTDB_URL: 'kurrentdb://127.0.0.1:1?tls=false&maxDiscoverAttempts=1&defaultDeadline=2000',
      NSF_DATA_DIR: dataDir,
      NSF_DEMO_DATA: 'true',
    });
    try {
      await expect(createPlatformApp(config, { logger: false })).rejects.toBeInstanceOf(EventStoreUnavailableError);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses to start without KURRENTDB_URL', () => {
    expect(() => loadPlatformConfig({ EVENT_STORE: 'kurrentdb' })).toThrow(/KURRENTDB_URL/);
  });
});

describe('in production (NODE_ENV=production)', () => {
  it('has no development sign-in or JWKS, no GraphQL introspection and no landing page', async () => {
    const config = loadPlatformConfig({
      NODE_ENV: 'production',
      // Nothing is fetched from the identity provider until a token arrives.
      NSF_JWKS_URL: 'https://id.example.gov.uk/realms/nsf/protocol/openid-connect/certs',
      NSF_JWT_ISSUER: 'https://id.example.gov.uk/realms/nsf',
      NSF_JWT_AUDIENCE: 'nsf-platform',
      NSF_DATA_DIR: `/tmp/nsf-production-test-${process.pid}`,
    });
    const app = await createPlatformApp(config, { logger: false });
    await app.listen(0, '127.0.0.1');
    try {
      const address = app.getHttpServer().address();
      const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      expect((await fetch(`${base}/auth/dev-users`, { headers: { accept: 'text/html' } })).status).toBe(404);
      expect((await fetch(`${base}/auth/jwks.json`)).status).toBe(404);
      const login = await fetch(`${base}/auth/dev-login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: DEMO_USERS[0].username }),
      });
      expect(login.status).toBe(404);

      const introspection = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
      });
      const refused = (await introspection.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const landing = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
      expect(await landing.text()).not.toMatch(/<html/i);
    } finally {
      await app.close();
      rmSync(config.dataDir, { recursive: true, force: true });
    }
  });
});
