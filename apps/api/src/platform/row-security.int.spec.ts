/**
 * Tenancy enforced the second time, end to end: the real platform with one extra resolver that
 * forgets every check — it reads the whole event log and the audit read model with no filter, and
 * appends wherever it is told. Called over HTTP by each kind of caller, it still gets only the
 * caller's rows, and cannot write outside the caller's scope: PostgreSQL's row-level security,
 * under the request role and the caller's scopes that every resolver runs in. On PGlite, and on
 * PostgreSQL when DATABASE_URL is set.
 */
import { Inject, Module, UseGuards, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Args, Field, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AuthenticatedGuard, EVENT_STORE, LocalTokenIssuer, PROJECTION_RUNNER, SQL_DATABASE } from '@nsf/api-core';
import type { Actor } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import type { ProjectionRunner } from '@nsf/projections';
import { createTestDatabase, testDrivers, type SqlDatabase, type TestDatabase } from '@nsf/sql';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../app.module';
import { loadPlatformConfig } from '../config/platform-config';

const ALLERDALE = 'north_west-allerdale-cdrp';
const COPELAND = 'north_west-copeland-cdrp';
const CARDIFF = 'wales-cardiff-csp';
const PLATFORM = 'platform';

function anEvent(tenantId: string, type: string, data: Record<string, unknown> = {}) {
  const commandId = randomUUID();
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    tenantId,
    occurredAt: '2010-04-01T09:00:00.000Z',
    actor: 'someone',
    reason: null,
    commandId,
    correlationId: commandId,
    causationId: null,
    data,
    metadata: {},
  };
}

/** A resolver as careless as can be: no filter, no access rule. */
@Resolver()
class ForgetfulResolver {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Query(() => [String])
  @UseGuards(AuthenticatedGuard)
  async everyTenant(): Promise<string[]> {
    const { rows } = await this.db.query<{ tenant: string }>(
      'SELECT tenant_id AS tenant FROM nsf_events UNION SELECT tenant_id FROM rm_audit_events',
    );
    return rows.map((row) => row.tenant).sort();
  }

  @Query(() => [String], { description: 'The same, for a caller without a token.' })
  async everyTenantUnsigned(): Promise<string[]> {
    return this.everyTenant();
  }

  @Query(() => String)
  @UseGuards(AuthenticatedGuard)
  async databaseUser(): Promise<string> {
    const { rows } = await this.db.query<{ who: string }>('SELECT current_user AS who');
    return rows[0].who;
  }

  @Mutation(() => Boolean)
  @UseGuards(AuthenticatedGuard)
  async appendAnywhere(@Args('tenantId') tenantId: string): Promise<boolean> {
    await this.store.appendToStream(`partnership-${tenantId}`, [anEvent(tenantId, 'Scribbled')], {
      expectedRevision: 'any',
    });
    return true;
  }
}

/** An answer with a field resolver of its own, as careless: field resolvers run in the caller's scope too. */
@ObjectType()
class CarelessAnswer {
  @Field()
  readonly asked!: string;
}

@Resolver(() => CarelessAnswer)
class CarelessAnswerResolver {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  @Query(() => CarelessAnswer)
  @UseGuards(AuthenticatedGuard)
  careless(): CarelessAnswer {
    return { asked: 'every tenant' };
  }

  @ResolveField(() => [String])
  async tenants(): Promise<string[]> {
    const { rows } = await this.db.query<{ tenant: string }>('SELECT DISTINCT tenant_id AS tenant FROM nsf_events');
    return rows.map((row) => row.tenant).sort();
  }
}

@Module({})
class ForgetfulPlatformModule {
  static create(app: DynamicModule): DynamicModule {
    return {
      module: ForgetfulPlatformModule,
      imports: [app],
      providers: [ForgetfulResolver, CarelessAnswerResolver],
    };
  }
}

describe.each(testDrivers())('a resolver that forgets every check, on %s', (driver) => {
  let app: NestFastifyApplication;
  let database: TestDatabase | undefined;
  let dataDir: string;
  let baseUrl: string;
  let owner: SqlDatabase;
  let store: EventStore;

  const token = (actor: Omit<Actor, 'displayName'>) =>
    app.get(LocalTokenIssuer).issue({ displayName: actor.username, ...actor });
  const person = (role: Actor['role'], scope: Partial<Actor> = {}) =>
    token({ username: `${role.toLowerCase()}.someone`, role, region: null, partnershipId: null, ...scope });

  async function graphql<Data>(query: string, bearer?: string) {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: Data | null; errors?: { message: string }[] };
  }

  const tenantsFor = async (bearer: string): Promise<string[] | undefined> =>
    (await graphql<{ everyTenant: string[] }>('{ everyTenant }', bearer)).data?.everyTenant;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'nsf-rls-'));
    if (driver === 'postgres') database = await createTestDatabase('postgres');
    const config = loadPlatformConfig({
      NSF_DATA_DIR: dataDir,
      DATABASE_URL: database?.url,
      NSF_DEMO_DATA: 'false',
      NSF_ADMIN_DIR: join(dataDir, 'no-admin-build'),
    });
    app = await NestFactory.create<NestFastifyApplication>(
      ForgetfulPlatformModule.create(AppModule.create(config)),
      new FastifyAdapter(),
      { logger: false, abortOnError: false },
    );
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    // Outside any request: the owner writes the history the careless resolver will read.
    owner = app.get<SqlDatabase>(SQL_DATABASE);
    store = app.get<EventStore>(EVENT_STORE);
    for (const [id, region] of [
      [ALLERDALE, 'NORTH_WEST'],
      [COPELAND, 'NORTH_WEST'],
      [CARDIFF, 'WALES'],
    ]) {
      await store.appendToStream(
        `partnership-${id}`,
        [anEvent(id, 'PartnershipRegistered', { partnershipId: id, name: id, type: 'CDRP', region, county: null })],
        { expectedRevision: 'no_stream' },
      );
    }
    await store.appendToStream('audit-reads-aisha.auditor', [anEvent(PLATFORM, 'AuditTrailViewed')], {
      expectedRevision: 'no_stream',
    });
    await app.get<ProjectionRunner>(PROJECTION_RUNNER).catchUp();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs a signed-in caller’s statements as the request role', async () => {
    const result = await graphql<{ databaseUser: string }>(
      '{ databaseUser }',
      await person('PARTNERSHIP_LEAD', { partnershipId: ALLERDALE }),
    );
    expect(result.data?.databaseUser).toBe('nsf_request');
  });

  it.each<[string, () => Promise<string>, string[]]>([
    [
      'a partnership lead: their partnership',
      () => person('PARTNERSHIP_LEAD', { partnershipId: ALLERDALE }),
      [ALLERDALE],
    ],
    [
      'a partnership member: their partnership',
      () => person('PARTNERSHIP_MEMBER', { partnershipId: CARDIFF }),
      [CARDIFF],
    ],
    [
      'a coordinator: their region',
      () => person('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' }),
      [ALLERDALE, COPELAND],
    ],
    ['an auditor of Wales: Wales', () => person('AUDITOR', { auditedRegions: ['WALES'] }), [CARDIFF]],
    [
      'an auditor of every region: everything',
      () => person('AUDITOR'),
      [ALLERDALE, COPELAND, PLATFORM, CARDIFF].sort(),
    ],
    ['the national team: everything', () => person('NATIONAL'), [ALLERDALE, COPELAND, PLATFORM, CARDIFF].sort()],
  ])('gives %s, and nothing else', async (_who, bearer, expected) => {
    expect(await tenantsFor(await bearer())).toEqual(expected);
  });

  it('runs a field resolver of the answer in the caller’s scope too', async () => {
    const result = await graphql<{ careless: { tenants: string[] } }>(
      '{ careless { tenants } }',
      await person('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' }),
    );
    expect(result.data?.careless.tenants).toEqual([ALLERDALE, COPELAND]);
  });

  it('gives a caller without a token nothing of anyone’s', async () => {
    const result = await graphql<{ everyTenantUnsigned: string[] }>('{ everyTenantUnsigned }');
    expect(result.data?.everyTenantUnsigned).toEqual([]);
  });

  it('lets no one append outside their scope, nor an auditor anywhere', async () => {
    const count = async () =>
      Number((await owner.query<{ n: string }>('SELECT count(*)::text AS n FROM nsf_events')).rows[0].n);
    const before = await count();
    const attempts: [string, string][] = [
      [await person('PARTNERSHIP_LEAD', { partnershipId: ALLERDALE }), CARDIFF],
      [await person('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' }), CARDIFF],
      [await person('AUDITOR'), ALLERDALE],
    ];
    for (const [bearer, tenant] of attempts) {
      const result = await graphql(`mutation { appendAnywhere(tenantId: "${tenant}") }`, bearer);
      expect(result.errors?.length).toBe(1);
    }
    expect(await count()).toBe(before);
    const own = await graphql<{ appendAnywhere: boolean }>(
      `mutation { appendAnywhere(tenantId: "${ALLERDALE}") }`,
      await person('PARTNERSHIP_LEAD', { partnershipId: ALLERDALE }),
    );
    expect(own.data?.appendAnywhere).toBe(true);
    expect(await count()).toBe(before + 1);
  });

  it('still sees everything as the owner outside a request', async () => {
    const { rows } = await owner.query<{ tenant: string }>('SELECT DISTINCT tenant_id AS tenant FROM nsf_events');
    expect(rows.map((row) => row.tenant).sort()).toEqual([ALLERDALE, COPELAND, PLATFORM, CARDIFF].sort());
  });
});
