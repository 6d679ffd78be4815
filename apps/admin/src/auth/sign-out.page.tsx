// Signing out forgets this tab's token and confirms it. There is no server session to end: the
// token lived only in this tab's sessionStorage.
import { useEffect } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../govuk';
import { useAuth } from './auth-context';

export function SignOutPage() {
  const { signOut } = useAuth();
  useEffect(() => {
    signOut();
  }, [signOut]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title="You have signed out" />
        <h1 className="govuk-heading-l">You have signed out</h1>
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            Sign in again
          </Link>{' '}
          or{' '}
          <Link className="govuk-link" to="/">
            go to the list of partnerships
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
