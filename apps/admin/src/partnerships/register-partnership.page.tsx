// Registering a partnership: open to the national team only. The server enforces that; the page
// says so up front instead of letting anyone else fill in a form that must fail.
import { Link } from 'react-router';
import { useAuth } from '../auth';
import { PageTitle } from '../govuk';
import { RegisterPartnershipForm } from './register-partnership-form';

export function RegisterPartnershipPage() {
  const { user } = useAuth();
  if (user?.role === 'NATIONAL') return <RegisterPartnershipForm />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title="Register a partnership" />
        <h1 className="govuk-heading-l">Register a partnership</h1>
        {user ? (
          <p className="govuk-body">Only the national team can register partnerships.</p>
        ) : (
          <p className="govuk-body">
            <Link className="govuk-link" to={{ pathname: '/sign-in', search: '?returnTo=/partnerships/new' }}>
              Sign in
            </Link>{' '}
            as a member of the national team to register a partnership.
          </p>
        )}
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            Back to the partnerships
          </Link>
        </p>
      </div>
    </div>
  );
}
