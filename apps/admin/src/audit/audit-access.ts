// Who may use the audit area: auditors, and the national team, whom the API lets read every
// partnership's history too (libs/domain's mayReadHistory). Coordinators and partnership people
// may read some histories through the API, but the audit tools are not for them.
// Kept apart from the audit screens so that the navigation can ask it without loading them.
import type { SessionUser } from '../auth';

export const AUDIT_PATH = '/audit';

export function mayUseAuditArea(user: SessionUser | null): boolean {
  return user?.role === 'AUDITOR' || user?.role === 'NATIONAL';
}
