// Every audit screen sits inside this: it lets auditors and the national team through, asks
// anyone signed out to sign in, and shows everyone else that they do not have access.
import { Link, Outlet, useLocation } from 'react-router';
import { useAuth } from '../auth';
import { PageTitle } from '../govuk';
import { mayUseAuditArea } from './audit-access';
import { NoAccess } from './no-access';
import './audit.css';

export function AuditArea() {
  const { user } = useAuth();
  const { pathname, search } = useLocation();
  if (!user) {
    return (
      <>
        <PageTitle title="Audit" />
        <h1 className="govuk-heading-l">Audit</h1>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/sign-in?returnTo=${encodeURIComponent(pathname + search)}`}>
            Sign in
          </Link>{' '}
          to use the audit tools.
        </p>
      </>
    );
  }
  return mayUseAuditArea(user) ? <Outlet /> : <NoAccess />;
}
