import type { Actor } from '../access/roles';
import type { RegionCode } from '../geography/regions';

/** The partnership an assessment belongs to, as far as access to it goes. */
export interface AssessedPartnership {
  readonly partnershipId: string;
  readonly region: RegionCode;
}

/**
 * Who may validate or return a partnership's assessment: the coordinator of the partnership's
 * region, and the national team. A partnership never moderates itself, and a coordinator never
 * acts outside their region.
 */
export function mayModerate(actor: Actor, partnership: AssessedPartnership): boolean {
  switch (actor.role) {
    case 'NATIONAL':
      return true;
    case 'REGIONAL_COORDINATOR':
      return actor.region === partnership.region;
    case 'PARTNERSHIP_LEAD':
    case 'PARTNERSHIP_MEMBER':
    case 'AUDITOR':
      return false;
    default: {
      const _exhaustive: never = actor.role;
      return _exhaustive;
    }
  }
}
