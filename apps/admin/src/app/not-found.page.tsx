// GOV.UK "Page not found" for any path the app does not know.
import { Link } from 'react-router';
import { PageTitle } from '../govuk';

export function NotFoundPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title="Page not found" />
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            Go to the list of partnerships
          </Link>
        </p>
      </div>
    </div>
  );
}
