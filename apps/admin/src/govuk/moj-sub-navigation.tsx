// MOJ sub navigation: the sections of one thing (e.g. a partnership), the current one marked with
// aria-current. Links are the router's, so moving between sections does not reload the app.
import { Link } from 'react-router';

export interface SubNavigationItem {
  readonly text: string;
  readonly to: string;
  /** 'page' on the section's own page, 'true' on a page further inside it. */
  readonly current: 'page' | 'true' | false;
}

interface MojSubNavigationProps {
  /** Names the navigation landmark, told apart from the service's own "Menu". */
  readonly label: string;
  readonly items: readonly SubNavigationItem[];
}

export function MojSubNavigation({ label, items }: MojSubNavigationProps) {
  return (
    <nav className="moj-sub-navigation" aria-label={label}>
      <ul className="moj-sub-navigation__list">
        {items.map((item) => (
          <li className="moj-sub-navigation__item" key={item.to}>
            <Link className="moj-sub-navigation__link" to={item.to} aria-current={item.current || undefined}>
              {item.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
