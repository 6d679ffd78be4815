// MOJ sub navigation: the sections of one partnership's audit, the current one marked with
// aria-current so that screen readers announce it as well as showing it.
import { Link } from 'react-router';

export interface SubNavigationItem {
  readonly text: string;
  readonly to: string;
  readonly current: boolean;
}

export function SubNavigation({
  label,
  items,
}: {
  readonly label: string;
  readonly items: readonly SubNavigationItem[];
}) {
  return (
    <nav className="moj-sub-navigation" aria-label={label}>
      <ul className="moj-sub-navigation__list">
        {items.map((item) => (
          <li className="moj-sub-navigation__item" key={item.to}>
            <Link
              className="govuk-link govuk-link--no-visited-state moj-sub-navigation__link"
              to={item.to}
              aria-current={item.current ? 'page' : undefined}
            >
              {item.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
