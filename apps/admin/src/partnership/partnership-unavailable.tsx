// Said in place of a partnership's page when it cannot be shown: someone else's partnership, an
// id that names none, a session that has ended, or a fault.
import { Link } from 'react-router';
import { PageTitle } from '../govuk';
import { errorCode, type GraphQLErrorItem } from '../graphql';

interface Explanation {
  readonly title: string;
  readonly body: string;
}

function explain(errors: readonly GraphQLErrorItem[]): Explanation {
  const codes = new Set(errors.map(errorCode));
  if (codes.has('FORBIDDEN')) {
    return {
      title: 'You cannot see this partnership',
      body: 'Only the partnership’s own people, its region’s coordinator, the national team and auditors may see it.',
    };
  }
  if (codes.has('NOT_FOUND') || codes.has('BAD_USER_INPUT')) {
    return { title: 'Partnership not found', body: 'If you typed the web address, check it is correct.' };
  }
  if (codes.has('UNAUTHENTICATED')) {
    return { title: 'Your session has ended', body: 'Sign in again to see this partnership.' };
  }
  return { title: 'Sorry, there is a problem with the service', body: 'Try again later.' };
}

export function PartnershipUnavailable({ errors }: { readonly errors: readonly GraphQLErrorItem[] }) {
  const { title, body } = explain(errors);
  return (
    <>
      <PageTitle title={title} />
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{body}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to the list of partnerships
        </Link>
      </p>
    </>
  );
}
