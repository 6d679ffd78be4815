/**
 * The database role every API request's statements run as. It owns nothing, logs in never, and
 * may only read (and append events) through the row-level security policies of the tables it is
 * granted, so a query that forgot its filter still sees nothing outside the caller's scope. The
 * platform's own login owns the tables, and is not subject to those policies (they are not
 * FORCEd): projections, migrations and seeding run as it, outside any request.
 */
export const REQUEST_ROLE = 'nsf_request';

/**
 * Creates the role if the server has none yet, lets the platform's login switch to it, and lets
 * it see the platform's schema. A role belongs to the whole server, not to one database, so
 * several databases (test suites, tenants of a shared server) may run this at the same moment:
 * the one that loses the race finds the role made. Where the login may not create roles, an
 * administrator creates it once beforehand (`CREATE ROLE nsf_request NOLOGIN` and
 * `GRANT nsf_request TO <login>`), and this only checks. Safe to run again and again.
 */
export const ENSURE_REQUEST_ROLE = `
DO $role$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '${REQUEST_ROLE}') THEN
    BEGIN
      CREATE ROLE ${REQUEST_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL; -- made at this moment by another database of the same server
    END;
  END IF;
  -- The login switches to the role per transaction (SET LOCAL ROLE), which needs membership;
  -- PostgreSQL 16 and later also need the SET option on it.
  BEGIN
    IF current_setting('server_version_num')::integer >= 160000 THEN
      IF NOT pg_has_role(current_user, '${REQUEST_ROLE}', 'SET') THEN
        EXECUTE format('GRANT ${REQUEST_ROLE} TO %I WITH SET TRUE', current_user);
      END IF;
    ELSIF NOT pg_has_role(current_user, '${REQUEST_ROLE}', 'MEMBER') THEN
      EXECUTE format('GRANT ${REQUEST_ROLE} TO %I', current_user);
    END IF;
  EXCEPTION WHEN unique_violation THEN
    NULL; -- granted at this moment by another database of the same server
  END;
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO ${REQUEST_ROLE}', current_schema());
END
$role$`;
