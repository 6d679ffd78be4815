// Who sees the overview, and of which place: a coordinator their own region, the national team
// and auditors any region or the whole nation (as the API's overview-access rules say).
import type { SessionUser } from '../auth';

export type OverviewScope =
  | { readonly kind: 'own-region'; readonly region: string }
  | { readonly kind: 'any-region' }
  | { readonly kind: 'none' };

export function overviewScope(user: SessionUser | null): OverviewScope {
  if (!user) return { kind: 'none' };
  switch (user.role) {
    case 'NATIONAL':
    case 'AUDITOR':
      return { kind: 'any-region' };
    case 'REGIONAL_COORDINATOR':
      return user.region ? { kind: 'own-region', region: user.region } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}
