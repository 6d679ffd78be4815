/**
 * The SQL of the row-level security policies, written once for the event log and every read
 * model: which rows the request role sees, given the scope settings of its transaction
 * (row-scope.ts). Settings that were never set read as NULL and an empty list as no region, so a
 * transaction without a scope sees nothing.
 */
import { REQUEST_ROLE } from './request-role';
import { SCOPE_SETTINGS } from './row-scope';

/** A setting read once per statement (an InitPlan), not once per row. */
const setting = (name: string): string => `(SELECT current_setting('${name}', true))`;

/** The scope's regions as a text array (empty when it names none). */
export const SCOPE_REGIONS = `string_to_array(current_setting('${SCOPE_SETTINGS.regions}', true), ',')`;

/** True in the all scope (the national team, auditors of every region). */
export const SCOPE_SEES_ALL = `${setting(SCOPE_SETTINGS.all)} = 'on'`;

/** True when the request may append events within what it sees. */
export const SCOPE_APPENDS = `${setting(SCOPE_SETTINGS.appends)} = 'on'`;

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`${name} is not a plain lower-case SQL identifier`);
  return name;
}

/**
 * Whether the tenant in `column` (a partnership id, or the platform's) is in the scope: every
 * tenant, the one partnership, or a partnership registered in one of the regions, which the
 * set-returning function `regionTenants()` lists. Tables name that lookup through a function, not
 * a subquery, so that no policy depends on the table it reads (a rebuild replaces that table).
 */
export function tenantInScope(column: string, regionTenants: string): string {
  const tenant = identifier(column);
  return `(${SCOPE_SEES_ALL} OR ${tenant} = ${setting(SCOPE_SETTINGS.partnership)} OR ${tenant} IN (SELECT ${identifier(regionTenants)}()))`;
}

/**
 * A row visible exactly when the row of `parent` it belongs to is (matched on `column`): the
 * parent's own policy filters the subquery, as it runs under the request role too.
 */
export function belongsToVisibleRow(column: string, parent: string): string {
  const key = identifier(column);
  return `(${SCOPE_SEES_ALL} OR ${key} IN (SELECT ${key} FROM ${identifier(parent)}))`;
}

/**
 * Idempotent DDL for a table the request role reads where `using` holds: row-level security on,
 * the policy made afresh (so a changed policy takes effect at the next start), and SELECT
 * granted. Run in one transaction with the rest of the schema, so there is no moment without it.
 */
export function readableRows(table: string, using: string): string {
  const name = identifier(table);
  return `
    ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY;
    DROP POLICY IF EXISTS ${REQUEST_ROLE}_reads ON ${name};
    CREATE POLICY ${REQUEST_ROLE}_reads ON ${name} FOR SELECT TO ${REQUEST_ROLE} USING (${using});
    GRANT SELECT ON ${name} TO ${REQUEST_ROLE};`;
}

/** A table no request reads: row-level security on and no policy or grant, so it shows nothing. */
export function unreadableRows(table: string): string {
  return `
    ALTER TABLE ${identifier(table)} ENABLE ROW LEVEL SECURITY;`;
}
