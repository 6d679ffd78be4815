// After a client-side navigation to another screen, moves focus to the new page's main heading,
// unless the new page has put it on the outcome of an action.
// Without this a screen reader stays on the link that was followed and never hears the new page;
// a full page load would have started again from the top. Screens are loaded on demand, so the
// heading may not be there yet when the address changes: then focus moves when it appears.
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

export function useFocusHeadingOnNavigate(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    // Only a change of screen counts: filters and paging change the query string and keep focus.
    if (previous.current === pathname) return;
    previous.current = pathname;
    // A screen that arrives with the outcome of what was just done (a success banner, an error
    // summary) has already given it focus, as GOV.UK asks; the heading must not take it away.
    if (document.activeElement?.closest('.govuk-notification-banner, .govuk-error-summary')) return;
    const main = document.getElementById('main-content');
    if (!main) return;
    if (focusHeading(main)) return;
    const focusedBefore = document.activeElement;
    const observer = new MutationObserver(() => {
      // Someone who has moved into the page meanwhile is not pulled back to its top.
      const active = document.activeElement;
      const movedOn = active !== focusedBefore && active !== main && main.contains(active);
      if (movedOn || focusHeading(main)) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    // The next navigation (or leaving the layout) stops waiting for this page's heading.
    return () => observer.disconnect();
  }, [pathname]);
}

/** Focuses the page's h1; false while there is none yet. */
function focusHeading(main: HTMLElement): boolean {
  const heading = main.querySelector<HTMLElement>('h1');
  if (!heading) return false;
  heading.tabIndex = -1;
  heading.focus();
  return true;
}
