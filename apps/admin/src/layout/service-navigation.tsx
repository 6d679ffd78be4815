// GOV.UK service navigation: the service name, the sections of the service the signed-in person
// may use and, in the end slot, who is signed in. Rendered without GOV.UK Frontend's script, so
// on small screens the sections show in full instead of collapsing behind a "Menu" button.
import { Link, useLocation } from 'react-router';
import { useAuth } from '../auth';
import { SERVICE_NAME } from '../govuk';
import { AccountStatus } from './account-status';
import { navigationItems } from './navigation-items';

export function ServiceNavigation() {
  const { pathname } = useLocation();
  const { user } = useAuth();

  return (
    <section aria-label="Service information" className="govuk-service-navigation">
      <div className="govuk-width-container govuk-service-navigation__inlining-container">
        <div className="govuk-service-navigation__container">
          <span className="govuk-service-navigation__service-name">
            <Link to="/" className="govuk-service-navigation__link">
              {SERVICE_NAME}
            </Link>
          </span>
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list" id="navigation">
              {navigationItems(user).map((item) => {
                const active = item.contains(pathname);
                return (
                  <li
                    key={item.to}
                    className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}
                  >
                    <Link
                      className="govuk-service-navigation__link"
                      to={item.to}
                      aria-current={pathname === item.to ? 'page' : active ? 'true' : undefined}
                    >
                      {/* Bold as well as underlined, so the current section survives custom colours. */}
                      {active ? (
                        <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                      ) : (
                        item.text
                      )}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
        <AccountStatus />
      </div>
    </section>
  );
}
