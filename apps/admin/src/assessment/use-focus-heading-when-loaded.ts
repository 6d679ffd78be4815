// A screen whose heading needs its data has none to focus when the layout moves focus on
// arrival (use-focus-heading-on-navigate), and the link that was followed has gone, so focus is
// lost to the page body. Once the data is there, the heading takes focus, so screen reader users
// hear where they are and keyboard users carry on from it. Focus the person has since moved is
// left where it is.
import { useEffect } from 'react';

export function useFocusHeadingWhenLoaded(loaded: boolean, page: string): void {
  useEffect(() => {
    if (!loaded) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.id !== 'main-content') return;
    const heading = document.querySelector<HTMLElement>('#main-content h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [loaded, page]);
}
