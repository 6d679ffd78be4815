// The GOV.UK page template around every screen: skip link, header with service navigation,
// phase banner, the main content and the footer.
import { Outlet, useLocation } from 'react-router';
import { Footer } from './footer';
import { GovukHeader } from './govuk-header';
import { PhaseBanner } from './phase-banner';
import { ScreenBoundary } from './screen-boundary';
import { ServiceNavigation } from './service-navigation';
import { SkipLink } from './skip-link';
import { useFocusHeadingOnNavigate } from './use-focus-heading-on-navigate';

export function Layout() {
  useFocusHeadingOnNavigate();
  const { pathname } = useLocation();
  return (
    <>
      <SkipLink />
      <header className="govuk-template__header">
        <GovukHeader />
        <ServiceNavigation />
      </header>
      <div className="govuk-width-container">
        <PhaseBanner />
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <ScreenBoundary resetKey={pathname}>
            <Outlet />
          </ScreenBoundary>
        </main>
      </div>
      <footer className="govuk-template__footer">
        <Footer />
      </footer>
    </>
  );
}
