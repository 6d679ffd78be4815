import { ApolloServer, HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { GraphQLError, GraphQLScalarType, Kind, type GraphQLResolveInfo } from 'graphql';
import { declareAnswerSource } from './answer-sources';
import { compiledQueries } from './compiled-queries.plugin';

const typeDefs = `#graphql
  scalar Instant
  type Row { partnershipId: String! overdue: Boolean! levels: [Int]! }
  type Overview { region: String! asOf: Instant! partnerships: [Row!]! }
  type Query { overview(region: String!): Overview! silent(region: String!): Overview! }
`;

/** A date scalar of the test's own: its serialisation tells a kept answer's value from the date itself. */
const Instant = new GraphQLScalarType({
  name: 'Instant',
  serialize: (value) => `at ${(value as Date).toISOString()}`,
  parseValue: (value) => new Date(String(value)),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? new Date(ast.value) : null),
});

interface Rows {
  readonly partnershipId: string;
  readonly overdue: boolean;
  readonly levels: (number | null)[];
}

/** What the resolvers answer with: rows replaced (a new array) whenever they change, and the instant. */
const state = {
  rows: [] as readonly Rows[],
  asOf: new Date('2011-06-30T12:00:00.000Z'),
  calls: 0,
};

function overview(region: string): { region: string; asOf: Date; partnerships: readonly Rows[] } {
  state.calls += 1;
  if (region === 'NOWHERE') throw new GraphQLError('No such region.', { extensions: { code: 'BAD_USER_INPUT' } });
  return { region, asOf: state.asOf, partnerships: state.rows };
}

const resolvers = {
  Instant,
  Query: {
    overview: (_: unknown, { region }: { region: string }, context: object, info: GraphQLResolveInfo) => {
      const answer = overview(region);
      declareAnswerSource(context, info, { decidedBy: state.rows, varying: { asOf: state.asOf } });
      return answer;
    },
    // Listed, but says nothing of what decides its answer: never kept.
    silent: (_: unknown, { region }: { region: string }) => overview(region),
  },
};

const ROWS = 'partnerships { partnershipId overdue levels }';

async function post(server: ApolloServer, query: string, variables: Record<string, unknown> = {}): Promise<string> {
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: 'POST',
      headers: new HeaderMap([['content-type', 'application/json']]),
      body: { query, variables },
      search: '',
    },
    context: () => Promise.resolve({}),
  });
  if (response.body.kind !== 'complete') throw new Error('expected a complete body');
  return response.body.string;
}

describe('answers kept by the compiled queries plugin', () => {
  /** What a plugin after it reads of each answer's data. */
  const seen: unknown[] = [];
  const reader: ApolloServerPlugin<BaseContext> = {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          if (response.body.kind === 'single') seen.push(response.body.singleResult.data);
          return Promise.resolve();
        },
      }),
  };
  const compiled = compiledQueries(['overview', 'silent']);
  const keeping = new ApolloServer({
    typeDefs,
    resolvers,
    plugins: [compiled.plugin, reader],
    stringifyResult: compiled.stringifyResult,
  });
  const walked = new ApolloServer({ typeDefs, resolvers });

  beforeAll(async () => {
    await Promise.all([keeping.start(), walked.start()]);
  });
  afterAll(async () => {
    await Promise.all([keeping.stop(), walked.stop()]);
  });
  beforeEach(() => {
    state.rows = [
      { partnershipId: 'p1', overdue: false, levels: [3, null] },
      { partnershipId: 'p2', overdue: true, levels: [] },
    ];
    state.asOf = new Date('2011-06-30T12:00:00.000Z');
    seen.length = 0;
  });

  /** Asks both servers; expects the same text, and how many times the resolver ran for the kept one. */
  async function same(query: string, variables: Record<string, unknown>, resolverRuns: number): Promise<string> {
    state.calls = 0;
    const text = await post(keeping, query, variables);
    expect(state.calls).toBe(resolverRuns);
    expect(text).toBe(await post(walked, query, variables));
    return text;
  }

  it('gives a kept answer again with the varying values of this time, exactly as Apollo would write it', async () => {
    const query = `query O($region: String!) { overview(region: $region) { region asOf ${ROWS} } }`;
    const variables = { region: 'NORTH_WEST' };
    const first = await same(query, variables, 1);
    // A probe runs the resolver; its answer is kept.
    const again = await same(query, variables, 1);
    expect(again).toBe(first);

    state.asOf = new Date('2011-07-01T08:30:00.000Z');
    const later = await same(query, variables, 1);
    expect(later).toContain('"asOf":"at 2011-07-01T08:30:00.000Z"');
    expect(later.replace('2011-07-01T08:30', '2011-06-30T12:00')).toBe(first);
  });

  it('builds the answer afresh when what decides it is replaced', async () => {
    const query = `query O($region: String!) { overview(region: $region) { asOf ${ROWS} } }`;
    const variables = { region: 'NORTH_WEST' };
    await same(query, variables, 1);
    await same(query, variables, 1);
    state.rows = [{ partnershipId: 'p3', overdue: false, levels: [1] }];
    // The probe finds nothing kept for the new rows: it runs again in full.
    const changed = await same(query, variables, 2);
    expect(changed).toContain('"partnershipId":"p3"');
    expect(changed).not.toContain('"p1"');
  });

  it('keeps answers apart by variables, and fills every alias of a varying field', async () => {
    const query = `query O($region: String!) { overview(region: $region) { region first: asOf second: asOf ${ROWS} } }`;
    const north = await same(query, { region: 'NORTH_WEST' }, 1);
    const wales = await same(query, { region: 'WALES' }, 2);
    expect(wales).toContain('"region":"WALES"');
    state.asOf = new Date('2012-01-01T00:00:00.000Z');
    const northLater = await same(query, { region: 'NORTH_WEST' }, 1);
    expect(northLater.match(/at 2012-01-01T00:00:00.000Z/g)).toHaveLength(2);
    expect(northLater).not.toBe(north);
  });

  it('keeps no answer whose varying fields could hide in a fragment, or whose resolver said nothing', async () => {
    const fragment = `{ overview(region: "NORTH_WEST") { ... on Overview { asOf } ${ROWS} } }`;
    await same(fragment, {}, 1);
    await same(fragment, {}, 1);
    state.asOf = new Date('2013-01-01T00:00:00.000Z');
    expect(await same(fragment, {}, 1)).toContain('at 2013-01-01');

    const silent = `{ silent(region: "NORTH_WEST") { asOf ${ROWS} } }`;
    await same(silent, {}, 1);
    await same(silent, {}, 1);
  });

  it('keeps an answer of several root fields only when each says what decides it', async () => {
    const both = `{ a: overview(region: "NORTH_WEST") { asOf } b: overview(region: "WALES") { region asOf } }`;
    await same(both, {}, 2);
    await same(both, {}, 2);
    const mixed = `{ overview(region: "NORTH_WEST") { asOf } silent(region: "WALES") { region } }`;
    await same(mixed, {}, 2);
    // The last full run said not every field decides its answer: no probe, no answer kept.
    await same(mixed, {}, 2);
  });

  it('answers an error the usual way, after the probe', async () => {
    const query = `query O($region: String!) { overview(region: $region) { asOf } }`;
    await same(query, { region: 'NORTH_WEST' }, 1);
    state.calls = 0;
    const text = await post(keeping, query, { region: 'NOWHERE' });
    expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(text).toBe(await post(walked, query, { region: 'NOWHERE' }));
  });

  it('hands the plugins after it the real data of a kept answer', async () => {
    const query = `{ overview(region: "NORTH_WEST") { asOf ${ROWS} } }`;
    await post(keeping, query);
    await post(keeping, query);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[1]).toEqual({
      overview: { asOf: 'at 2011-06-30T12:00:00.000Z', partnerships: JSON.parse(JSON.stringify(state.rows)) },
    });
  });
});
