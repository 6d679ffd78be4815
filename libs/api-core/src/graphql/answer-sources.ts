import type { GraphQLResolveInfo } from 'graphql';

/**
 * What a root resolver says of the value it returns, so that the serialised answer built from it
 * can be kept and given again (kept-answers.ts): everything the value shows is decided by
 * `decidedBy`, an object that is replaced whenever any of it changes (its identity is the key), but
 * for the fields named in `varying`, whose values this time are given with it.
 *
 * A resolver that says so must keep to it: the same `decidedBy` object must never stand for a
 * different answer to the same query, for any caller. Scope, arguments and read-model version
 * therefore belong in what decides when `decidedBy` is replaced.
 */
export interface AnswerSource {
  readonly decidedBy: object;
  /** Fields of the returned object (by schema name) that vary without `decidedBy` changing. */
  readonly varying: Readonly<Record<string, unknown>>;
}

const declared = new WeakMap<object, Map<string, AnswerSource>>();

/** Says what decides the answer of the root field being resolved (see AnswerSource). */
export function declareAnswerSource(context: object, info: GraphQLResolveInfo, source: AnswerSource): void {
  if (info.path.prev !== undefined) return; // only a root field's answer can be kept
  let sources = declared.get(context);
  if (!sources) declared.set(context, (sources = new Map<string, AnswerSource>()));
  sources.set(String(info.path.key), source);
}

/** The sources declared in this request since the last call, by response key; forgets them. */
export function takeAnswerSources(context: object): ReadonlyMap<string, AnswerSource> {
  const sources = declared.get(context) ?? new Map<string, AnswerSource>();
  declared.delete(context);
  return sources;
}
