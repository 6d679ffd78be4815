/**
 * Row-level security on the read models: what the request role may read of each table, written
 * into each projection's own idempotent schema. A rebuild builds its shadow tables from that same
 * schema, so the policies and grants move into place with them.
 *
 * A read model's region lookup is the directory (rm_partnerships) — the read models' own account
 * of which partnerships a region holds — through a function, so that no policy depends on
 * rm_partnerships itself and a rebuild of the directory can replace the table. The directory is
 * public (the framework publishes it), so the request role reads it whole.
 */
import {
  ENSURE_REQUEST_ROLE,
  SCOPE_REGIONS,
  belongsToVisibleRow,
  readableRows,
  tenantInScope,
} from '@nsf/row-security';

const REGION_PARTNERSHIPS = 'nsf_directory_region_partnerships';

/**
 * The request role and the directory's region lookup, made before any read model's schema. The
 * function's body is checked when it runs, not now: the directory may not exist yet.
 */
export const READ_MODEL_SECURITY_FOUNDATION = [
  ENSURE_REQUEST_ROLE,
  'SET LOCAL check_function_bodies = off',
  `CREATE OR REPLACE FUNCTION ${REGION_PARTNERSHIPS}() RETURNS SETOF text LANGUAGE sql STABLE AS $fn$
     SELECT partnership_id FROM rm_partnerships WHERE region = ANY (${SCOPE_REGIONS})
   $fn$`,
].join(';\n');

/** Rows of a partnership (named in `column`): seen in its own scope, its region's and the all scope. */
export function partnershipRows(table: string, column = 'partnership_id'): string {
  return readableRows(table, tenantInScope(column, REGION_PARTNERSHIPS));
}

/** Rows seen exactly when the row of `parent` they belong to (by `column`) is. */
export function rowsBelongingTo(table: string, column: string, parent: string): string {
  return readableRows(table, belongsToVisibleRow(column, parent));
}

/** Rows anyone may read, with or without a token. */
export function publicRows(table: string): string {
  return readableRows(table, 'true');
}
