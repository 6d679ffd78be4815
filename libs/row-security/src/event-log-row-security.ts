/**
 * Row-level security on the event log (nsf_events), as versioned migrations of their own
 * component, applied after the event store's. A migration is never edited once released: add the
 * next one.
 *
 * The request role reads the events of the tenants in its scope and appends events only to them,
 * and only when its scope may append (an auditor's never does). A region's tenants are the
 * partnerships whose registration in the log names that region: read from the log itself, not
 * from a read model, so a partnership is in its region's scope from the moment it is registered.
 * The lookup runs as the owner (SECURITY DEFINER), since a policy on nsf_events cannot read
 * nsf_events under itself, and it is served by a small partial index.
 *
 * The append functions stay the caller's (SECURITY INVOKER): the head they chain to is in the
 * caller's scope whenever the append is. Only the check that an event id is not used elsewhere
 * must see the whole log, so nsf_find_appended runs as the owner; it tells the caller no more
 * than the unique index would (that an id it chose is taken).
 */
import { applyMigrations, type Migration } from '@nsf/event-store';
import type { SqlDatabase } from '@nsf/sql';
import { ENSURE_REQUEST_ROLE, REQUEST_ROLE } from './request-role';
import { SCOPE_APPENDS, SCOPE_REGIONS, tenantInScope } from './scope-predicates';

const REGISTRATIONS_BY_REGION = `
CREATE INDEX nsf_events_registrations_by_region ON nsf_events ((data->>'region'), tenant_id)
  WHERE event_type = 'PartnershipRegistered'`;

/** Owner's functions pin their search path, with pg_temp last, to the schema they were made in. */
const REGION_TENANTS = `
DO $define$
BEGIN
  EXECUTE format($fn$
    CREATE FUNCTION nsf_log_region_tenants() RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %I, pg_temp AS $body$
      SELECT tenant_id FROM nsf_events
       WHERE event_type = 'PartnershipRegistered' AND data->>'region' = ANY (${SCOPE_REGIONS})
    $body$$fn$, current_schema());
END
$define$`;

const FIND_APPENDED_AS_OWNER = `
DO $define$
BEGIN
  EXECUTE format('ALTER FUNCTION nsf_find_appended(text, jsonb, text) SECURITY DEFINER SET search_path = %I, pg_temp',
                 current_schema());
END
$define$`;

const IN_SCOPE = tenantInScope('tenant_id', 'nsf_log_region_tenants');

export const eventLogRowSecurityMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'request role; row-level security on the event log by tenant',
    statements: [
      ENSURE_REQUEST_ROLE,
      REGISTRATIONS_BY_REGION,
      REGION_TENANTS,
      'REVOKE EXECUTE ON FUNCTION nsf_log_region_tenants() FROM PUBLIC',
      `GRANT EXECUTE ON FUNCTION nsf_log_region_tenants() TO ${REQUEST_ROLE}`,
      FIND_APPENDED_AS_OWNER,
      'ALTER TABLE nsf_events ENABLE ROW LEVEL SECURITY',
      `CREATE POLICY ${REQUEST_ROLE}_reads ON nsf_events FOR SELECT TO ${REQUEST_ROLE} USING (${IN_SCOPE})`,
      `CREATE POLICY ${REQUEST_ROLE}_appends ON nsf_events FOR INSERT TO ${REQUEST_ROLE}
         WITH CHECK (${SCOPE_APPENDS} AND ${IN_SCOPE})`,
      `GRANT SELECT, INSERT ON nsf_events TO ${REQUEST_ROLE}`,
      // Which migrations ran is nobody's business but the owner's.
      'ALTER TABLE nsf_schema_migrations ENABLE ROW LEVEL SECURITY',
    ],
  },
];

/** Applies the event log's row-level security after the event store's own migrations. Safe on every start. */
export async function secureEventLog(db: SqlDatabase): Promise<void> {
  await applyMigrations(db, 'row-security', eventLogRowSecurityMigrations);
}
