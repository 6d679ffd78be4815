import type { Actor } from '@nsf/domain';
import type { RowScope } from '@nsf/row-security';

/**
 * What the database lets a caller's request see, from who the caller is: the same scopes the
 * access rules give each role (libs/domain), so that a check the application forgot still finds
 * nothing outside them. Only the national team, coordinators and partnerships' people append
 * (each within their scope); auditors never do. A caller without a token — or a scope its role
 * should have but its token lacks — sees only what is public.
 */
export function rowScopeOf(actor: Actor | null): RowScope {
  if (!actor) return { kind: 'public' };
  switch (actor.role) {
    case 'NATIONAL':
      return { kind: 'all', appends: true };
    case 'AUDITOR':
      if (actor.auditedRegions === undefined) return { kind: 'all', appends: false };
      return actor.auditedRegions.length > 0
        ? { kind: 'regions', regions: actor.auditedRegions, appends: false }
        : { kind: 'public' };
    case 'REGIONAL_COORDINATOR':
      return actor.region ? { kind: 'regions', regions: [actor.region], appends: true } : { kind: 'public' };
    case 'PARTNERSHIP_LEAD':
    case 'PARTNERSHIP_MEMBER':
      return actor.partnershipId
        ? { kind: 'partnership', partnershipId: actor.partnershipId, appends: true }
        : { kind: 'public' };
    default: {
      const _exhaustive: never = actor.role;
      return _exhaustive;
    }
  }
}
