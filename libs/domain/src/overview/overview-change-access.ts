import type { Actor } from '../access/roles';
import type { AssessedPartnership } from '../assessment/moderation-access';
import type { RegionCode } from '../geography/regions';
import { mayViewPartnership } from '../views/partnership-view-access';
import { mayViewRegion } from './overview-access';

/**
 * Who may follow the changes to an overview as they happen. Following one region's overview
 * takes what seeing that overview takes (mayViewRegion); following without naming a region
 * means following whatever the caller may see, which is open to everyone signed in.
 */
export function mayFollowChanges(actor: Actor, region: RegionCode | null): boolean {
  return region === null || mayViewRegion(actor, region);
}

/**
 * Whether a follower hears that a partnership changed: only of a partnership they may see (a
 * partnership's own people hear of it alone, a coordinator of their region's), and, when they
 * follow one region, only of that region's partnerships.
 */
export function mayHearOfChange(actor: Actor, partnership: AssessedPartnership, region: RegionCode | null): boolean {
  return (region === null || partnership.region === region) && mayViewPartnership(actor, partnership);
}
