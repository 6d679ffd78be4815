import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Compiled documents kept, least recently used dropped first. */
const MAX_COMPILED = 200;

/**
 * Executes the named read-only queries with graphql-jit, which compiles each document once into
 * plain JavaScript, instead of graphql-js walking the document field by field on every request.
 * The coordinators' overview is about 2,300 fields; walked, they cost more than everything else of
 * a request answered from cache (docs/benchmarks.md).
 *
 * Narrow on purpose: only query operations whose every root field is listed, fields whose
 * resolvers have no side effects. Any answer with an error is thrown away and the operation runs
 * again through Apollo's own execution, so every error a client sees is formatted the one usual
 * way; which is also why a listed field must be safe to run twice.
 */
export function compiledQueriesPlugin(rootFields: readonly string[]): ApolloServerPlugin<BaseContext> {
  const listed = new Set(rootFields);
  const compiled = new Map<string, CompiledQuery | null>();

  function compiledFor(request: GraphQLRequestContextResponseForOperation<BaseContext>): CompiledQuery | null {
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    let query = compiled.get(key);
    if (query === undefined) {
      const result = compileQuery(request.schema, request.document, request.operationName ?? undefined);
      // Not compilable (graphql-jit refuses it): Apollo executes it, now and next time.
      query = isCompiledQuery(result) ? result : null;
      if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
    } else {
      compiled.delete(key);
    }
    compiled.set(key, query);
    return query;
  }

  return {
    requestDidStart() {
      return Promise.resolve({
        async responseForOperation(request) {
          if (!onlyListedFields(request.operation, listed)) return null;
          const query = compiledFor(request);
          if (!query) return null;
          const result = await query.query(undefined, request.contextValue, request.request.variables ?? {});
          if (result.errors?.length || !result.data) return null;
          return { http: request.response.http, body: { kind: 'single', singleResult: { data: result.data } } };
        },
      });
    },
  };
}

function onlyListedFields(operation: OperationDefinitionNode, listed: ReadonlySet<string>): boolean {
  return (
    operation.operation === OperationTypeNode.QUERY &&
    operation.selectionSet.selections.every(
      (selection) => selection.kind === Kind.FIELD && !selection.directives?.length && listed.has(selection.name.value),
    )
  );
}
