import { ApolloServer, type ApolloServerPlugin, type BaseContext, type GraphQLResponse } from '@apollo/server';
import { GraphQLError } from 'graphql';
import * as jit from 'graphql-jit';
import { compiledQueries } from './compiled-queries.plugin';

jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<typeof jit>('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});

const typeDefs = `#graphql
  scalar DateTime
  enum Trend { IMPROVING STEADY }
  type Standing { hallmarkId: String! level: Int trend: Trend average: Float }
  type Row { partnershipId: String! overdue: Boolean! hallmarks: [Standing!]! cycle: Cycle }
  type Cycle { period: String! }
  type Overview { region: String asOf: DateTime! partnerships: [Row!]! }
  type Query { overview(region: String!): Overview! directory: [String!]! }
  type Mutation { touch: Boolean! }
`;

let overviewCalls = 0;
const resolvers = {
  Query: {
    overview: (_: unknown, { region }: { region: string }) => {
      overviewCalls += 1;
      if (region === 'NOWHERE') throw new GraphQLError('No such region.', { extensions: { code: 'BAD_USER_INPUT' } });
      return {
        region,
        asOf: new Date('2011-06-30T12:00:00.000Z'),
        partnerships: [
          {
            partnershipId: 'p1',
            overdue: false,
            cycle: { period: '2011-12' },
            hallmarks: [{ hallmarkId: 'H1', level: 3, trend: 'IMPROVING', average: 2.67 }],
          },
          {
            partnershipId: 'p2',
            overdue: true,
            cycle: null,
            hallmarks: [{ hallmarkId: 'H1', level: null, trend: null, average: null }],
          },
        ],
      };
    },
    directory: () => ['p1', 'p2'],
  },
  Mutation: { touch: () => true },
};

const OVERVIEW = `query Overview($region: String!) {
  overview(region: $region) { region asOf partnerships { partnershipId overdue cycle { period } hallmarks { hallmarkId level trend average } } }
}`;

function server(plugins: ApolloServerPlugin<BaseContext>[]): ApolloServer {
  return new ApolloServer({ typeDefs, resolvers, plugins });
}

function single(response: GraphQLResponse): unknown {
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

describe('the compiled queries plugin', () => {
  const compiled = server([compiledQueries(['overview']).plugin]);
  const walked = server([]);

  beforeAll(async () => {
    await Promise.all([compiled.start(), walked.start()]);
  });
  afterAll(async () => {
    await Promise.all([compiled.stop(), walked.stop()]);
  });
  beforeEach(() => {
    overviewCalls = 0;
    jest.mocked(jit.compileQuery).mockClear();
  });

  it('answers a listed query exactly as Apollo’s own execution does, compiling it once', async () => {
    const request = { query: OVERVIEW, variables: { region: 'NORTH_WEST' } };
    const first = single(await compiled.executeOperation(request));
    const second = single(await compiled.executeOperation(request));
    expect(first).toEqual(single(await walked.executeOperation(request)));
    expect(second).toEqual(first);
    // The document and its probe (see kept-answers.unit.spec.ts), once.
    expect(jit.compileQuery).toHaveBeenCalledTimes(2);
    // Two compiled answers and one walked: each ran the resolver once.
    expect(overviewCalls).toBe(3);
  });

  it('leaves an operation with any unlisted root field to Apollo', async () => {
    const request = { query: `{ directory overview(region: "NORTH_WEST") { region } }` };
    expect(single(await compiled.executeOperation(request))).toEqual(single(await walked.executeOperation(request)));
    expect(jit.compileQuery).not.toHaveBeenCalled();
  });

  it('leaves mutations to Apollo', async () => {
    const response = single(await compiled.executeOperation({ query: 'mutation { touch }' }));
    expect(response).toEqual({ data: { touch: true } });
    expect(jit.compileQuery).not.toHaveBeenCalled();
  });

  it('answers an error the usual way: the compiled answer is dropped and Apollo runs the operation again', async () => {
    const request = { query: OVERVIEW, variables: { region: 'NOWHERE' } };
    const answer = single(await compiled.executeOperation(request)) as {
      errors?: { extensions?: { code?: string } }[];
    };
    expect(answer).toEqual(single(await walked.executeOperation(request)));
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Compiled, walked again by the plugin's fallback, and once by the plain server.
    expect(overviewCalls).toBe(3);
  });
});
