// The sections of the service each person sees in the navigation, and which one they are in.
import type { SessionUser } from '../auth';
// By their own files, not the areas' indexes: those bring the areas' screens, which are loaded
// only when visited (app/screens.ts), and the navigation is on every page.
import { overviewScope } from '../overview/overview-access';
import { partnershipPath } from '../partnership/partnership-sections';
import { AUDIT_PATH, mayUseAuditArea } from '../audit/audit-access';

export interface NavigationItem {
  readonly text: string;
  readonly to: string;
  /** Whether a path belongs to this section. */
  readonly contains: (pathname: string) => boolean;
}

export function navigationItems(user: SessionUser | null): readonly NavigationItem[] {
  const ownPartnership = user?.partnershipId ? partnershipPath(user.partnershipId) : null;
  const isOwnPartnership = (pathname: string) =>
    ownPartnership !== null && (pathname === ownPartnership || pathname.startsWith(`${ownPartnership}/`));
  const items: NavigationItem[] = [];
  if (overviewScope(user).kind !== 'none') {
    items.push({ text: 'Overview', to: '/overview', contains: (pathname) => pathname.startsWith('/overview') });
    items.push({
      text: 'Support pipeline',
      to: '/support-pipeline',
      contains: (pathname) => pathname.startsWith('/support-pipeline'),
    });
  }
  items.push({
    text: 'Partnerships',
    to: '/',
    contains: (pathname) => (pathname === '/' || pathname.startsWith('/partnerships')) && !isOwnPartnership(pathname),
  });
  if (ownPartnership) {
    items.push({ text: 'Your partnership', to: ownPartnership, contains: isOwnPartnership });
  }
  if (mayUseAuditArea(user)) {
    items.push({
      text: 'Audit',
      to: AUDIT_PATH,
      contains: (pathname) => pathname === AUDIT_PATH || pathname.startsWith(`${AUDIT_PATH}/`),
    });
  }
  return items;
}
