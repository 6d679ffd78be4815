// After a client-side navigation to another screen, moves focus to the new page's main heading.
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
    const heading = document.querySelector<HTMLElement>('#main-content h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [pathname]);
}
