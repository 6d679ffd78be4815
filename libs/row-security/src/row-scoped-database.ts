/**
 * The database as a request sees it. While `scopeNow()` names a scope (the caller of the API
 * request being served), every statement and transaction runs in a transaction of its own that
 * first switches to the request role and sets the scope — both transaction-local, so nothing
 * outlives it on a pooled connection:
 *
 *   BEGIN; SELECT set_config('role', 'nsf_request', true), set_config('nsf.scope_…', …, true) …;
 *   <the statement, or the work of the transaction>; COMMIT
 *
 * Outside a request (`scopeNow()` undefined: projections, migrations, seeding, start-up) it is
 * the owner's database, unchanged. A single statement costs two more round trips this way (the
 * transaction and the settings); on embedded PGlite they are calls in the same process.
 */
import type { SqlDatabase, SqlQueryable, SqlResult } from '@nsf/sql';
import { REQUEST_ROLE } from './request-role';
import { rowScopeSettings, SCOPE_SETTINGS, type RowScope } from './row-scope';

const ENTER_SCOPE = `SELECT set_config('role', $1, true),
  set_config('${SCOPE_SETTINGS.all}', $2, true), set_config('${SCOPE_SETTINGS.regions}', $3, true),
  set_config('${SCOPE_SETTINGS.partnership}', $4, true), set_config('${SCOPE_SETTINGS.appends}', $5, true)`;

async function enterScope(tx: SqlQueryable, scope: RowScope): Promise<void> {
  const settings = rowScopeSettings(scope);
  await tx.query(ENTER_SCOPE, [
    REQUEST_ROLE,
    settings[SCOPE_SETTINGS.all],
    settings[SCOPE_SETTINGS.regions],
    settings[SCOPE_SETTINGS.partnership],
    settings[SCOPE_SETTINGS.appends],
  ]);
}

export class RowScopedDatabase implements SqlDatabase {
  readonly driver: SqlDatabase['driver'];
  /** Notifications are no tenant's rows: heard on the owner's own connection, as the owner. */
  readonly listen: SqlDatabase['listen'];

  /** `scopeNow` is asked at each call, in the caller's context (see api-core's request scope). */
  constructor(
    private readonly owner: SqlDatabase,
    private readonly scopeNow: () => RowScope | undefined,
  ) {
    this.driver = owner.driver;
    this.listen = owner.listen;
  }

  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<SqlResult<Row>> {
    const scope = this.scopeNow();
    if (!scope) return this.owner.query<Row>(text, params);
    return this.owner.transaction(async (tx) => {
      await enterScope(tx, scope);
      return tx.query<Row>(text, params);
    });
  }

  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    const scope = this.scopeNow();
    if (!scope) return this.owner.transaction(work);
    return this.owner.transaction(async (tx) => {
      await enterScope(tx, scope);
      return work(tx);
    });
  }

  /** Scripts are schema changes: the owner's business, never a request's. */
  exec(script: string): Promise<void> {
    if (this.scopeNow()) return Promise.reject(new Error('a request may not run scripts against the database'));
    return this.owner.exec(script);
  }

  close(): Promise<void> {
    return this.owner.close();
  }
}
