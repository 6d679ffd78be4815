export { REQUEST_ROLE, ENSURE_REQUEST_ROLE } from './request-role';
export { rowScopeSettings, SCOPE_SETTINGS, type RowScope, type ScopeSetting } from './row-scope';
export {
  SCOPE_APPENDS,
  SCOPE_REGIONS,
  SCOPE_SEES_ALL,
  belongsToVisibleRow,
  readableRows,
  tenantInScope,
  unreadableRows,
} from './scope-predicates';
export { RowScopedDatabase } from './row-scoped-database';
export { eventLogRowSecurityMigrations, secureEventLog } from './event-log-row-security';
