import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContextResponseForOperation,
  GraphQLResponse,
} from '@apollo/server';
import { Kind, OperationTypeNode, type FormattedExecutionResult, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { takeAnswerSources } from './answer-sources';
import { KeptAnswers } from './kept-answers';
import { probeOf, type ProbedOperation } from './probe-document';

/** Compiled documents kept, least recently used dropped first. */
const MAX_COMPILED = 200;

interface Compiled {
  readonly query: CompiledQuery;
  /** The probe and what the root fields select, when the answer can be kept (probe-document.ts). */
  readonly probed: (ProbedOperation & { readonly query: CompiledQuery }) | null;
  /** Whether its resolvers said what decides their answers when it last ran in full: worth a probe. */
  declares: boolean;
}

/** The plugin, and the `stringifyResult` to give Apollo beside it (it writes kept answers' texts). */
export interface CompiledQueries {
  readonly plugin: ApolloServerPlugin<BaseContext>;
  readonly stringifyResult: (result: FormattedExecutionResult) => string;
}

/**
 * Executes the named read-only queries with graphql-jit, which compiles each document once into
 * plain JavaScript, instead of graphql-js walking the document field by field on every request.
 * The coordinators' overview is about 2,300 fields; walked, they cost more than everything else of
 * a request answered from cache (docs/benchmarks.md).
 *
 * And keeps their answers: where every root field's resolver says what decides its answer
 * (answer-sources.ts), a probe of the operation runs the resolvers alone (the guards, the scope and
 * the resolvers' own caches included) and, when they say the same as when an answer was last
 * built, that answer's text is given again with this time's varying values (the instant of "now")
 * written into it. Building and serialising the overview's 37 kB was most of what it cost.
 *
 * Narrow on purpose: only query operations whose every root field is listed, fields whose
 * resolvers have no side effects. Any answer with an error is thrown away and the operation runs
 * again through Apollo's own execution, so every error a client sees is formatted the one usual
 * way; which is also why a listed field must be safe to run twice (a probe that finds nothing kept
 * runs them again too).
 */
export function compiledQueries(rootFields: readonly string[]): CompiledQueries {
  const listed = new Set(rootFields);
  const compiled = new Map<string, Compiled | null>();
  const kept = new KeptAnswers();

  function compiledFor(request: GraphQLRequestContextResponseForOperation<BaseContext>, key: string): Compiled | null {
    let entry = compiled.get(key);
    if (entry === undefined) {
      entry = compile(request);
      if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
    } else {
      compiled.delete(key);
    }
    compiled.set(key, entry);
    return entry;
  }

  const plugin: ApolloServerPlugin<BaseContext> = {
    requestDidStart() {
      return Promise.resolve({
        async responseForOperation(request) {
          if (!onlyListedFields(request.operation, listed)) return null;
          const queryKey = queryKeyOf(request);
          const entry = compiledFor(request, queryKey);
          if (!entry) return null;
          const context = request.contextValue;
          const variables = request.request.variables ?? {};

          if (entry.probed && entry.declares) {
            takeAnswerSources(context);
            const probe = await entry.probed.query.query(undefined, context, variables);
            const sources = takeAnswerSources(context);
            // Refused or failed: Apollo runs it and answers the error the usual way.
            if (probe.errors?.length) return null;
            const key = kept.keyOf(queryKey, variables, entry.probed.selected, sources);
            const text = key === null ? null : kept.find(key, entry.probed.selected, sources);
            if (text !== null) return answer(request, kept.standIn(text, entry.probed.selected.keys()));
          }

          takeAnswerSources(context);
          const result = await entry.query.query(undefined, context, variables);
          const sources = takeAnswerSources(context);
          if (result.errors?.length || !result.data) return null;
          if (entry.probed) {
            const key = kept.keyOf(queryKey, variables, entry.probed.selected, sources);
            entry.declares = key !== null;
            if (key !== null) kept.keep(key, result.data, entry.probed.selected, sources);
          }
          return answer(request, result.data);
        },
      });
    },
  };
  return { plugin, stringifyResult: kept.stringifyResult };
}

function compile(request: GraphQLRequestContextResponseForOperation<BaseContext>): Compiled | null {
  const operationName = request.operationName ?? undefined;
  const query = compileQuery(request.schema, request.document, operationName);
  // Not compilable (graphql-jit refuses it): Apollo executes it, now and next time.
  if (!isCompiledQuery(query)) return null;
  const probed = probeOf(request.schema, request.document, request.operation);
  const probeQuery = probed && compileQuery(request.schema, probed.probe, operationName);
  return {
    query,
    probed: probed && probeQuery && isCompiledQuery(probeQuery) ? { ...probed, query: probeQuery } : null,
    declares: false,
  };
}

function queryKeyOf(request: GraphQLRequestContextResponseForOperation<BaseContext>): string {
  return `${request.queryHash}:${request.operationName ?? ''}`;
}

function answer(
  request: GraphQLRequestContextResponseForOperation<BaseContext>,
  data: Record<string, unknown>,
): GraphQLResponse {
  return { http: request.response.http, body: { kind: 'single', singleResult: { data } } };
}

function onlyListedFields(operation: OperationDefinitionNode, listed: ReadonlySet<string>): boolean {
  return (
    operation.operation === OperationTypeNode.QUERY &&
    operation.selectionSet.selections.every(
      (selection) => selection.kind === Kind.FIELD && !selection.directives?.length && listed.has(selection.name.value),
    )
  );
}
