// GOV.UK "You do not have access" page, shown in place of any audit screen to someone signed in
// whose role is not for auditing. Nothing of the audit area is fetched for them.
import { Link } from 'react-router';
import { PageTitle } from '../govuk';

export function NoAccess() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title="You do not have access to this page" />
        <h1 className="govuk-heading-l">You do not have access to this page</h1>
        <p className="govuk-body">The audit tools are for auditors and the national team.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            Go to the list of partnerships
          </Link>
        </p>
      </div>
    </div>
  );
}
