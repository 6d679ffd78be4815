import { randomUUID } from 'node:crypto';
import { EVENT_STORE, PROJECTION_RUNNER, SQL_DATABASE } from '@nsf/api-core';
import { DEMO_USERS } from '@nsf/demo-data';
import { verifyChain, type EventStore } from '@nsf/event-store';
import type { ProjectionRunner } from '@nsf/projections';
import { testDrivers, type SqlDatabase } from '@nsf/sql';
import { startPlatform } from '../testing/platform-harness';

const REGISTER = `
  mutation Register($input: RegisterPartnershipInput!) {
    registerPartnership(input: $input) { id name type county region { code name country } registeredAt }
  }`;
const LIST = `
  query List($first: Int, $after: String, $region: String, $type: PartnershipType) {
    partnerships(first: $first, after: $after, region: $region, type: $type) {
      totalCount
      edges { cursor node { id name type county region { code } } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }`;

interface Registered {
  registerPartnership: { id: string; name: string; type: string; county: string | null; region: { code: string } };
}
interface Listed {
  partnerships: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; name: string; type: string; region: { code: string } } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

const usernameFor = (role: string) => {
  const user = DEMO_USERS.find((candidate) => candidate.role === role);
  if (!user) throw new Error(`no demo user with role ${role}`);
  return user.username;
};

describe.each(testDrivers())('partnerships through GraphQL on %s', (driver) => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let national: string;
  let db: SqlDatabase;
  let store: EventStore;

  const eventCount = async () =>
    Number((await db.query<{ n: string }>('SELECT count(*)::text AS n FROM nsf_events')).rows[0].n);
  const register = (input: Record<string, unknown>, token: string | undefined = national) =>
    platform.graphql<Registered>(REGISTER, { input }, token);
  const list = async (variables: Record<string, unknown>) => {
    await platform.app.get<ProjectionRunner>(PROJECTION_RUNNER).catchUp();
    return platform.graphql<Listed>(LIST, variables);
  };

  beforeAll(async () => {
    platform = await startPlatform(driver);
    national = await platform.signIn(usernameFor('NATIONAL'));
    db = platform.app.get<SqlDatabase>(SQL_DATABASE);
    store = platform.app.get<EventStore>(EVENT_STORE);
  });
  afterAll(() => platform.dispose());

  describe('when a national user registers a partnership', () => {
    it('appends one PartnershipRegistered event, with its envelope, to the partnership’s stream', async () => {
      const result = await register({
        name: 'Safer  Allerdale',
        type: 'CDRP',
        region: 'NORTH_WEST',
        county: 'Cumbria',
      });

      expect(result.errors).toBeUndefined();
      expect(result.data?.registerPartnership).toMatchObject({
        id: 'north_west-safer-allerdale',
        name: 'Safer Allerdale',
        type: 'CDRP',
        county: 'Cumbria',
        region: { code: 'NORTH_WEST' },
      });
      const events = await store.readStream('partnership-north_west-safer-allerdale');
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: 'PartnershipRegistered',
        schemaVersion: 1,
        revision: 0,
        tenantId: 'north_west-safer-allerdale',
        actor: usernameFor('NATIONAL'),
        previousHash: null,
        data: { name: 'Safer Allerdale', type: 'CDRP', region: 'NORTH_WEST', county: 'Cumbria' },
      });
      expect(verifyChain(events)).toEqual({ ok: true, checked: 1 });
    });

    it('lists it in the directory, filtered by region and type', async () => {
      await register({ name: 'Cardiff', type: 'CSP', region: 'WALES' });
      await register({ name: 'Lancashire Drug and Alcohol Action Team', type: 'DAAT', region: 'NORTH_WEST' });

      const northWest = await list({ region: 'NORTH_WEST' });
      expect(northWest.data?.partnerships.totalCount).toBe(2);
      expect(northWest.data?.partnerships.edges.map((edge) => edge.node.name)).toEqual([
        'Lancashire Drug and Alcohol Action Team',
        'Safer Allerdale',
      ]);
      const daats = await list({ type: 'DAAT' });
      expect(daats.data?.partnerships.edges.map((edge) => edge.node.type)).toEqual(['DAAT']);
    });

    it('pages through the directory with cursors', async () => {
      const first = await list({ first: 2 });
      expect(first.data?.partnerships).toMatchObject({
        totalCount: 3,
        pageInfo: { hasNextPage: true, hasPreviousPage: false },
      });
      const second = await list({ first: 2, after: first.data?.partnerships.pageInfo.endCursor });
      expect(second.data?.partnerships.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const names = [...(first.data?.partnerships.edges ?? []), ...(second.data?.partnerships.edges ?? [])].map(
        (edge) => edge.node.name,
      );
      expect(names).toEqual(['Cardiff', 'Lancashire Drug and Alcohol Action Team', 'Safer Allerdale']);
    });

    it('applies a retried command once', async () => {
      const commandId = randomUUID();
      const input = { name: 'Blackpool', type: 'CDRP', region: 'NORTH_WEST', commandId };
      const before = await eventCount();
      const [a, b] = [await register(input), await register(input)];
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      expect(b.data).toEqual(a.data);
      expect(await eventCount()).toBe(before + 1);
    });
  });

  describe('when the command is refused', () => {
    it.each([
      ['an unknown region', { name: 'Atlantis', type: 'CDRP', region: 'ATLANTIS' }, 'BAD_USER_INPUT', 'region'],
      [
        'a CSP in England',
        { name: 'Leeds', type: 'CSP', region: 'YORKSHIRE_AND_THE_HUMBER' },
        'BAD_USER_INPUT',
        'type',
      ],
      ['a CDRP in Wales', { name: 'Swansea', type: 'CDRP', region: 'WALES' }, 'BAD_USER_INPUT', 'type'],
      ['an empty name', { name: '   ', type: 'CDRP', region: 'LONDON' }, 'BAD_USER_INPUT', 'name'],
      [
        'a county in Wales',
        { name: 'Conwy', type: 'CSP', region: 'WALES', county: 'Gwynedd' },
        'BAD_USER_INPUT',
        'county',
      ],
      ['a duplicate', { name: 'Safer Allerdale', type: 'CDRP', region: 'NORTH_WEST' }, 'CONFLICT', undefined],
    ])('rejects %s with a typed error and appends nothing', async (_case, input, code, field) => {
      const before = await eventCount();
      const result = await register(input);
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions).toMatchObject(field ? { code, field } : { code });
      expect(result.errors?.[0].message).toMatch(/\w/);
      expect(await eventCount()).toBe(before);
    });

    it('rejects a request without a token as UNAUTHENTICATED', async () => {
      const before = await eventCount();
      const result = await register({ name: 'Anonymous', type: 'CDRP', region: 'LONDON' }, '');
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(await eventCount()).toBe(before);
    });

    it('rejects a forged token as UNAUTHENTICATED', async () => {
      const [header, payload] = national.split('.');
      const result = await register(
        { name: 'Forged', type: 'CDRP', region: 'LONDON' },
        `${header}.${payload}.c2lnbmF0dXJl`,
      );
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('rejects a coordinator as FORBIDDEN: registering is for the national team', async () => {
      const coordinator = await platform.signIn(usernameFor('REGIONAL_COORDINATOR'));
      const before = await eventCount();
      const result = await register({ name: 'Wigan', type: 'CDRP', region: 'NORTH_WEST' }, coordinator);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await eventCount()).toBe(before);
    });

    it('rejects a cursor it did not hand out', async () => {
      const result = await list({ after: 'not-a-cursor' });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });
});
