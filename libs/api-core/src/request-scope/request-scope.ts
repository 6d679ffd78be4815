import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from '@nsf/domain';
import { rowScopeSettings, type RowScope } from '@nsf/row-security';
import { rowScopeOf } from './row-scope-of';

/**
 * Who the request being served is from, as far as its guard has found: the request itself, to
 * which the authentication guard attaches the actor it verified (`RequestWithActor`).
 */
export interface Caller {
  readonly actor?: Actor | null;
}

/**
 * The caller of the API request being served, carried through everything its resolvers await, so
 * that the platform's database (a RowScopedDatabase) runs the request's statements as the request
 * role under the caller's scopes. Work outside any request — projections, migrations, seeding —
 * has no caller and runs as the owner.
 */
const requests = new AsyncLocalStorage<Caller>();

/**
 * Scopes, and their keys, worked out once per actor: the token verifier gives the same actor for
 * a token it has verified lately, and a scope is read-only, so every request of that token shares
 * one (the overview's cache looks its key up on every request).
 */
const scopesOfActors = new WeakMap<Actor, RowScope>();
const keysOfScopes = new WeakMap<RowScope, string>();
const NO_ONE = rowScopeOf(null);

/**
 * Runs `work`, and all it awaits, as a request of `caller`. Its actor is read whenever a scope is
 * asked for, so a resolver entered before its guard has verified the token runs its statements as
 * the actor the guard then attached; until then, and with no token, only what is public.
 */
export function runAsCaller<T>(caller: Caller, work: () => T): T {
  return requests.run(caller, work);
}

function scopeOf(actor: Actor | null | undefined): RowScope {
  if (!actor) return NO_ONE;
  let scope = scopesOfActors.get(actor);
  if (!scope) {
    scope = rowScopeOf(actor);
    scopesOfActors.set(actor, scope);
  }
  return scope;
}

/** The scope of the request being served; undefined outside any request. */
export function currentRowScope(): RowScope | undefined {
  const caller = requests.getStore();
  return caller && scopeOf(caller.actor);
}

/**
 * The request's scope as the database applies it (its row-security settings), as a string: two
 * requests with the same key are shown the same rows. Undefined outside any request.
 */
export function currentRowScopeKey(): string | undefined {
  const scope = currentRowScope();
  if (!scope) return undefined;
  let key = keysOfScopes.get(scope);
  if (key === undefined) {
    key = JSON.stringify(rowScopeSettings(scope));
    keysOfScopes.set(scope, key);
  }
  return key;
}

/**
 * Runs `work` as the platform itself, outside the caller's scopes. Only for the facts an access
 * decision is made on — a partnership's registration and region, which tenant a stream is — and
 * for the platform's own records (what an auditor read), and for where the read models stand (a
 * projection's checkpoint): a caller learns from them no more than the access rules tell. Never
 * for data a caller is answered with.
 */
export function asPlatform<T>(work: () => Promise<T>): Promise<T> {
  return requests.exit(work);
}
