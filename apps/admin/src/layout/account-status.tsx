// Who is signed in, with the way out; or the way in. Sits in the service navigation's end slot
// because it is about the session, not a section of the service.
import { Link } from 'react-router';
import { roleLabel, useAuth } from '../auth';

export function AccountStatus() {
  const { user } = useAuth();
  return (
    <p className="govuk-body-s govuk-!-margin-0 govuk-!-padding-top-3 govuk-!-padding-bottom-3">
      {user ? (
        <>
          Signed in as {user.name} ({roleLabel(user.role)}) <span aria-hidden="true">·</span>{' '}
          <Link className="govuk-link" to="/sign-out">
            Sign out
          </Link>
        </>
      ) : (
        <Link className="govuk-link" to="/sign-in">
          Sign in
        </Link>
      )}
    </p>
  );
}
