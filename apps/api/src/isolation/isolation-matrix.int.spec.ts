import { LocalTokenIssuer, SQL_DATABASE } from '@nsf/api-core';
import { DEMO_USERS } from '@nsf/demo-data';
import type { Actor } from '@nsf/domain';
import { testDrivers, type SqlDatabase } from '@nsf/sql';
import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countEvents } from '../assessments/assessment-requests';
import { startPlatform, type GraphQLResponse } from '../testing/platform-harness';
import {
  MUTATION_MATRIX,
  NATIONAL_CHANGE_ORDER,
  QUERY_MATRIX,
  WHOLE_NATION_READS,
  type Caller,
  type MatrixEntry,
  type Outcome,
  type Probe,
} from './operation-matrix';
import { ALLERDALE, CARDIFF, prepareTenant, type TenantFixtures } from './tenant-fixtures';

/**
 * The proof that tenancy holds at the API: every operation of the committed schema × every demo
 * role (and no token at all), each aimed at a partnership outside the caller's scope. A refusal
 * must carry the expected code, return no data for the field and append no event; an allowed read
 * must answer. The table is operation-matrix.ts; the first test ties it to the schema.
 */
const SCHEMA = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
const OPERATIONS = {
  query: Object.keys(SCHEMA.getQueryType()?.getFields() ?? {}).sort(),
  mutation: Object.keys(SCHEMA.getMutationType()?.getFields() ?? {}).sort(),
};

/**
 * An auditor whose token limits them to Wales and London. No demo user is one, so the platform's
 * own development issuer signs their token.
 */
const AUDITOR_OF_REGIONS: Actor = {
  username: 'rhys.auditor',
  displayName: 'Rhys Morgan',
  role: 'AUDITOR',
  region: null,
  partnershipId: null,
  auditedRegions: ['WALES', 'LONDON'],
};

/** Every caller the matrix tries: each demo user as their role, and the auditor of some regions. */
const CALLERS: readonly { readonly user: Actor; readonly as: Caller }[] = [
  ...DEMO_USERS.map((user) => ({ user, as: user.role })),
  { user: AUDITOR_OF_REGIONS, as: 'AUDITOR_OF_REGIONS' },
];

/** The partnership outside each caller's scope; Cardiff for those whose scope is every partnership. */
function foreignTenantOf(user: Actor): string {
  if (user.partnershipId === ALLERDALE || user.region === 'NORTH_WEST') return CARDIFF;
  if (user.partnershipId === CARDIFF || user.region === 'WALES' || user.auditedRegions?.includes('WALES'))
    return ALLERDALE;
  return CARDIFF;
}

interface Call {
  readonly kind: 'query' | 'mutation';
  readonly operation: string;
  readonly caller: string;
  readonly role: Caller | 'anonymous';
  readonly probe: Probe;
  readonly target: TenantFixtures;
  readonly expected: Outcome | 'UNAUTHENTICATED';
}

type Entries = readonly (readonly ['query' | 'mutation', string, MatrixEntry])[];
const ENTRIES: Entries = [
  ...Object.entries(QUERY_MATRIX).map(([name, entry]) => ['query', name, entry] as const),
  ...Object.entries(MUTATION_MATRIX).map(([name, entry]) => ['mutation', name, entry] as const),
];

describe.each(testDrivers())('tenant isolation across every operation on %s', (driver) => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: SqlDatabase;
  const tokens = new Map<string, string>();
  const tenants = new Map<string, TenantFixtures>();

  beforeAll(async () => {
    platform = await startPlatform(driver, { seedDemoData: true });
    db = platform.app.get<SqlDatabase>(SQL_DATABASE);
    tenants.set(ALLERDALE, await prepareTenant(platform, db, ALLERDALE, 'liam.lead'));
    tenants.set(CARDIFF, await prepareTenant(platform, db, CARDIFF, 'cerys.lead'));
    for (const user of DEMO_USERS) tokens.set(user.username, await platform.signIn(user.username));
    tokens.set(AUDITOR_OF_REGIONS.username, await platform.app.get(LocalTokenIssuer).issue(AUDITOR_OF_REGIONS));
    // Seeding three years of demo history is most of this; on a busy machine it passes two minutes.
  }, 600_000);
  afterAll(() => platform.dispose());

  /** Every (probe, caller) pair of a scoped entry, with what the table expects. */
  function scopedCalls(operation: string): Call[] {
    const found = ENTRIES.find(([, name]) => name === operation);
    if (!found || found[2].kind !== 'scoped') return [];
    const [kind, , entry] = found;
    const calls: Call[] = [];
    for (const probe of entry.probes) {
      for (const { user, as } of CALLERS) {
        const target = tenants.get(foreignTenantOf(user)) as TenantFixtures;
        calls.push({
          kind,
          operation,
          caller: user.username,
          role: as,
          probe,
          target,
          expected: entry.expected[as],
        });
      }
      const cardiff = tenants.get(CARDIFF) as TenantFixtures;
      calls.push({
        kind,
        operation,
        caller: 'no token',
        role: 'anonymous',
        probe,
        target: cardiff,
        expected: 'UNAUTHENTICATED',
      });
    }
    return calls;
  }

  const send = (call: Call): Promise<GraphQLResponse<Record<string, unknown>>> =>
    platform.graphql<Record<string, unknown>>(
      call.probe.document,
      call.probe.variables(call.target),
      call.role === 'anonymous' ? undefined : tokens.get(call.caller),
    );

  const describeCall = (call: Call) =>
    `${call.kind} ${call.operation} as ${call.caller} on ${call.target.partnershipId}`;

  it('has exactly one entry per query and mutation of the committed schema', () => {
    expect({ query: Object.keys(QUERY_MATRIX).sort(), mutation: Object.keys(MUTATION_MATRIX).sort() }).toEqual(
      OPERATIONS,
    );
    // Each probe reaches the operation it is filed under, so an entry cannot hide behind another's document.
    for (const [, operation, entry] of ENTRIES) {
      const probes = entry.kind === 'scoped' ? entry.probes : [entry.probe];
      for (const probe of probes) expect(probe.document).toMatch(new RegExp(`\\{ ${operation}[ (]`));
    }
  });

  it('never lets an auditor change anything, whatever the partnership', () => {
    const auditorMayChange = Object.entries(MUTATION_MATRIX)
      .filter(([, entry]) => entry.kind !== 'scoped' || entry.expected.AUDITOR === 'ALLOWED')
      .map(([name]) => name);
    expect(auditorMayChange).toEqual([]);
  });

  it('answers the public reference data without a token', async () => {
    const failures: string[] = [];
    for (const [kind, operation, entry] of ENTRIES) {
      if (entry.kind !== 'public') continue;
      expect(kind).toBe('query');
      const result = await platform.graphql<Record<string, unknown>>(
        entry.probe.document,
        entry.probe.variables(tenants.get(CARDIFF) as TenantFixtures),
      );
      if (result.errors || !result.data?.[operation]) failures.push(`${operation}: ${JSON.stringify(result.errors)}`);
    }
    expect(failures).toEqual([]);
  });

  it('tells each caller who they are, and no one else', async () => {
    for (const [, operation, entry] of ENTRIES) {
      if (entry.kind !== 'caller') continue;
      const variables = entry.probe.variables(tenants.get(CARDIFF) as TenantFixtures);
      const anonymous = await platform.graphql(entry.probe.document, variables);
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      for (const user of DEMO_USERS) {
        const result = await platform.graphql<Record<string, unknown>>(
          entry.probe.document,
          variables,
          tokens.get(user.username),
        );
        expect(result.data?.[operation]).toMatchObject({
          username: user.username,
          role: user.role,
          region: user.region,
          partnershipId: user.partnershipId,
        });
      }
    }
  });

  const SCOPED = ENTRIES.filter(([, , entry]) => entry.kind === 'scoped').map(([, name]) => name);
  const READS = ENTRIES.filter(([kind, , entry]) => kind === 'query' && entry.kind === 'scoped').map(
    ([, name]) => name,
  );

  it.each(SCOPED)(
    'refuses %s aimed outside the caller’s scope with the expected code, no data and no event',
    async (operation) => {
      const failures: string[] = [];
      let checked = 0;
      for (const call of scopedCalls(operation)) {
        if (call.expected === 'ALLOWED') continue;
        const before = await countEvents(db);
        const result = await send(call);
        const appended = (await countEvents(db)) - before;
        const code = result.errors?.[0]?.extensions?.code ?? 'none';
        const data = result.data?.[call.operation] ?? null;
        checked += 1;
        if (code !== call.expected || data !== null || appended !== 0) {
          failures.push(
            `${describeCall(call)}: expected ${call.expected}, got ${code}` +
              `${data === null ? '' : ', with data'}${appended === 0 ? '' : `, ${appended} event(s) appended`}` +
              ` (${result.errors?.[0]?.message ?? 'no error'})`,
          );
        }
      }
      expect(failures).toEqual([]);
      expect(checked).toBeGreaterThan(0);
    },
  );

  it('answers an auditor of some regions every read aimed inside them (Cardiff, in Wales)', async () => {
    const failures: string[] = [];
    const cardiff = tenants.get(CARDIFF) as TenantFixtures;
    for (const operation of READS.filter((read) => !WHOLE_NATION_READS.includes(read))) {
      const entry = QUERY_MATRIX[operation];
      if (entry.kind !== 'scoped') continue;
      for (const probe of entry.probes) {
        const result = await platform.graphql<Record<string, unknown>>(
          probe.document,
          probe.variables(cardiff),
          tokens.get(AUDITOR_OF_REGIONS.username),
        );
        if (result.errors || !result.data?.[operation]) {
          failures.push(`${operation}: ${result.errors?.[0]?.message ?? 'no data'}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it.each(READS)('answers %s to the national team and auditors for any partnership', async (operation) => {
    const failures: string[] = [];
    for (const call of scopedCalls(operation)) {
      if (call.expected !== 'ALLOWED') continue;
      const result = await send(call);
      if (result.errors || !result.data?.[call.operation]) {
        failures.push(`${describeCall(call)}: ${result.errors?.[0]?.message ?? 'no data'}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('lets the national team make each change to any partnership', async () => {
    const order = (operation: string) => {
      const at = NATIONAL_CHANGE_ORDER.indexOf(operation);
      return at === -1 ? NATIONAL_CHANGE_ORDER.length : at;
    };
    const changes = Object.keys(MUTATION_MATRIX)
      .flatMap(scopedCalls)
      .filter((call) => call.kind === 'mutation' && call.expected === 'ALLOWED')
      .sort((a, b) => order(a.operation) - order(b.operation));
    const failures: string[] = [];
    for (const call of changes) {
      const before = await countEvents(db);
      const result = await send(call);
      const appended = (await countEvents(db)) - before;
      if (result.errors || !result.data?.[call.operation] || appended === 0) {
        failures.push(
          `${describeCall(call)}: ${result.errors?.[0]?.extensions?.code ?? ''} ${result.errors?.[0]?.message ?? `${appended} events`}`,
        );
      }
    }
    expect(failures).toEqual([]);
    expect(changes.map((call) => call.role)).toEqual(changes.map(() => 'NATIONAL'));
  });
});
