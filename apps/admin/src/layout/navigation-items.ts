// The sections of the service each person sees in the navigation, and which one they are in.
import type { SessionUser } from '../auth';
import { overviewScope } from '../overview';

export interface NavigationItem {
  readonly text: string;
  readonly to: string;
  /** Whether a path belongs to this section. */
  readonly contains: (pathname: string) => boolean;
}

export function navigationItems(user: SessionUser | null): readonly NavigationItem[] {
  const ownTimeline = user?.partnershipId ? `/partnerships/${encodeURIComponent(user.partnershipId)}/timeline` : null;
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
    contains: (pathname) => (pathname === '/' || pathname.startsWith('/partnerships')) && pathname !== ownTimeline,
  });
  if (ownTimeline) {
    items.push({ text: 'Your timeline', to: ownTimeline, contains: (pathname) => pathname === ownTimeline });
  }
  return items;
}
