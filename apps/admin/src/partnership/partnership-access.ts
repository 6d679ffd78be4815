// Whose partnership page a person may open, as the API's view rules have it (mayReadHistory in
// libs/domain): the national team and auditors any; a coordinator those of their region; a lead
// or member their own. The screens use it to offer links only where they lead somewhere; the API
// still refuses anything else.
import type { SessionUser } from '../auth';

export interface PartnershipWhereabouts {
  readonly id: string;
  /** A region code, e.g. NORTH_WEST. */
  readonly region: string;
}

export function mayOpenPartnership(user: SessionUser | null, partnership: PartnershipWhereabouts): boolean {
  if (!user) return false;
  switch (user.role) {
    case 'NATIONAL':
    case 'AUDITOR':
      return true;
    case 'REGIONAL_COORDINATOR':
      return user.region === partnership.region;
    case 'PARTNERSHIP_LEAD':
    case 'PARTNERSHIP_MEMBER':
      return user.partnershipId === partnership.id;
    default: {
      const _exhaustive: never = user.role;
      return _exhaustive;
    }
  }
}
