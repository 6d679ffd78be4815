import { auditsEveryRegion, auditsRegion } from '../access/audited-regions';
import type { Actor } from '../access/roles';
import type { RegionCode } from '../geography/regions';

/**
 * Who may see a region's overview: its coordinator, the national team and auditors (of that
 * region, when their remit names regions). Partnership users see their own partnership, never a
 * table of their neighbours.
 */
export function mayViewRegion(actor: Actor, region: RegionCode): boolean {
  switch (actor.role) {
    case 'NATIONAL':
      return true;
    case 'AUDITOR':
      return auditsRegion(actor, region);
    case 'REGIONAL_COORDINATOR':
      return actor.region === region;
    case 'PARTNERSHIP_LEAD':
    case 'PARTNERSHIP_MEMBER':
      return false;
    default: {
      const _exhaustive: never = actor.role;
      return _exhaustive;
    }
  }
}

/** The national overview: every region at once, for those who may see them all. */
export function mayViewNation(actor: Actor): boolean {
  return actor.role === 'NATIONAL' || auditsEveryRegion(actor);
}
