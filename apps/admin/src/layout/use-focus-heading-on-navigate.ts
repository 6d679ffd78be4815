// After a client-side navigation to another screen, moves focus to the new page's main heading,
// unless the new page has put it on the outcome of an action.
// Without this a screen reader stays on the link that was followed and never hears the new page;
// a full page load would have started again from the top.
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
    const heading = document.querySelector<HTMLElement>('#main-content h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [pathname]);
}
