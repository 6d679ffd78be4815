// What the signed-in person may do with a partnership's assessment, so each screen offers only
// what will work. The API decides (libs/domain assessment access rules); these mirror them.
import type { SessionUser } from '../auth';

/** Open, score and submit: the national team, and the partnership's own lead and members. */
export function maySelfAssess(user: SessionUser | null, partnershipId: string): boolean {
  if (!user) return false;
  switch (user.role) {
    case 'NATIONAL':
      return true;
    case 'PARTNERSHIP_LEAD':
    case 'PARTNERSHIP_MEMBER':
      return user.partnershipId === partnershipId;
    default:
      return false;
  }
}

/**
 * Validate or return: the national team, and the coordinator of the partnership's region. A
 * coordinator can only read assessments of their own region, so seeing one is the region check;
 * the region is compared too when it is known.
 */
export function mayModerate(user: SessionUser | null, partnershipRegion: string | null): boolean {
  if (!user) return false;
  switch (user.role) {
    case 'NATIONAL':
      return true;
    case 'REGIONAL_COORDINATOR':
      return partnershipRegion === null || user.region === partnershipRegion;
    default:
      return false;
  }
}
