import type { Actor } from '@nsf/domain';
import { GraphQLObjectType, GraphQLSchema, GraphQLString, graphql, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { currentRowScope, type Caller } from './request-scope';
import { resolveInCallersScope } from './resolve-in-callers-scope';

const nora: Actor = {
  username: 'nora.northwest',
  displayName: 'Nora',
  role: 'REGIONAL_COORDINATOR',
  region: 'NORTH_WEST',
  partnershipId: null,
};

/** What a statement made now would run as. */
const scopeNow = async (): Promise<string> => {
  await Promise.resolve();
  const scope = currentRowScope();
  if (!scope) return 'the owner';
  return scope.kind === 'regions' ? `regions ${scope.regions.join(',')}` : scope.kind;
};

function schemaOfResolvers(): GraphQLSchema {
  const row = new GraphQLObjectType({
    name: 'Row',
    fields: {
      name: { type: GraphQLString },
      scope: { type: GraphQLString, resolve: scopeNow },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        // As the platform's guarded resolvers are: the guard attaches the actor inside the resolver.
        guarded: {
          type: row,
          resolve: async (_source, _args, context: { req: Caller & { actor?: Actor } }) => {
            context.req.actor = nora;
            return { name: 'Allerdale CDRP', scopeOfRoot: await scopeNow() };
          },
        },
        rootScope: { type: GraphQLString, resolve: scopeNow },
      },
    }),
  });
}

describe('resolvers in their caller’s request scope', () => {
  it('runs a root resolver and the field resolvers of its answer as the actor its guard attached', async () => {
    const schema = resolveInCallersScope(schemaOfResolvers());
    const result = await graphql({ schema, source: '{ guarded { name scope } }', contextValue: { req: {} } });
    expect(result).toEqual({ data: { guarded: { name: 'Allerdale CDRP', scope: 'regions NORTH_WEST' } } });
  });

  it('gives a caller without a token, or a context without a request, only what is public', async () => {
    const schema = resolveInCallersScope(schemaOfResolvers());
    expect(await graphql({ schema, source: '{ rootScope }', contextValue: { req: {} } })).toEqual({
      data: { rootScope: 'public' },
    });
    expect(await graphql({ schema, source: '{ rootScope }', contextValue: {} })).toEqual({
      data: { rootScope: 'public' },
    });
  });

  it('is the scope whichever executor calls the resolvers: graphql-jit’s compiled queries too', async () => {
    const schema = resolveInCallersScope(schemaOfResolvers());
    const compiled = compileQuery(schema, parse('{ guarded { scope } }'));
    if (!isCompiledQuery(compiled)) throw new Error('graphql-jit did not compile the query');
    expect(await compiled.query(undefined, { req: {} }, {})).toEqual({
      data: { guarded: { scope: 'regions NORTH_WEST' } },
    });
  });

  // The actor is read at each statement: a field without a guard, asked beside a guarded one, runs
  // what it does after that guard as the caller it verified — the caller's own scope, never more.
  it('runs a public field asked after a guarded one in the same operation as the verified caller', async () => {
    const schema = resolveInCallersScope(schemaOfResolvers());
    const result = await graphql({ schema, source: '{ guarded { name } rootScope }', contextValue: { req: {} } });
    expect(result.data?.['rootScope']).toBe('regions NORTH_WEST');
  });

  it('leaves the owner’s work outside any request as it was', async () => {
    const unchanged = schemaOfResolvers();
    expect(await graphql({ schema: unchanged, source: '{ rootScope }' })).toEqual({ data: { rootScope: 'the owner' } });
  });
});
