import { isObjectType, type GraphQLSchema } from 'graphql';
import { runAsCaller, type Caller } from './request-scope';

/** The GraphQL context the platform builds for each request (app.module: `{ req, res }`). */
interface ContextWithRequest {
  readonly req?: Caller;
}

/**
 * Runs every resolver of the schema — root fields and field resolvers alike, whichever executor
 * calls it (graphql-js, or graphql-jit for the compiled queries) — in the request scope of its
 * caller: the request in the GraphQL context, whose actor the authentication guard attaches
 * inside the resolver before its handler runs (request-scope.ts reads it at each statement).
 * A context without a request is a caller without a token: public data only, never the owner's.
 *
 * It replaces a global Nest interceptor that did the same at about 30 µs a resolver call, most of
 * it Node 20's `AsyncResource.bind` in Nest's interceptor chain (docs/benchmarks.md); entering the
 * scope here costs one `AsyncLocalStorage.run`. Fields without a resolver of their own read a
 * property and touch no database. Changes the schema in place and returns it.
 */
export function resolveInCallersScope(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, context: ContextWithRequest | undefined, info) =>
        runAsCaller(context?.req ?? {}, () => resolve(source, args, context, info));
    }
  }
  return schema;
}
