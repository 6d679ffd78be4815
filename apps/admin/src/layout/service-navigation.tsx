// GOV.UK service navigation: the service name, the sections of the service and, in the end
// slot, who is signed in. Rendered without GOV.UK Frontend's script, so on small screens the
// one section shows in full instead of collapsing behind a "Menu" button.
import { Link, useLocation } from 'react-router';
import { AccountStatus } from './account-status';
import { SERVICE_NAME } from '../govuk';

export function ServiceNavigation() {
  const { pathname } = useLocation();
  const inPartnerships = pathname === '/' || pathname.startsWith('/partnerships');

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
              <li
                className={`govuk-service-navigation__item${inPartnerships ? ' govuk-service-navigation__item--active' : ''}`}
              >
                <Link
                  className="govuk-service-navigation__link"
                  to="/"
                  aria-current={pathname === '/' ? 'page' : inPartnerships ? 'true' : undefined}
                >
                  {/* Bold as well as underlined, so the current section survives custom colours. */}
                  {inPartnerships ? (
                    <strong className="govuk-service-navigation__active-fallback">Partnerships</strong>
                  ) : (
                    'Partnerships'
                  )}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
        <AccountStatus />
      </div>
    </section>
  );
}
