// Where signing in leads when no page asked for it: the overview for those who may see one
// (coordinators, the national team, auditors), the partnerships list for everyone else.
import type { SessionUser } from './session-user';

const OVERVIEW_ROLES: ReadonlySet<SessionUser['role']> = new Set(['NATIONAL', 'REGIONAL_COORDINATOR', 'AUDITOR']);

export function landingPath(user: SessionUser): string {
  return OVERVIEW_ROLES.has(user.role) ? '/overview' : '/';
}
