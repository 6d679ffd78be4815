// The partnership page: the identity bar and sub navigation, with the section chosen below them.
// The partnership's view is fetched here once and handed to the sections; each section renders
// its heading straight away, so focus can move to it while the figures load.
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { useAuth } from '../auth';
import { PageTitle } from '../govuk';
import { useGraphQLQuery } from '../graphql';
import type { PartnershipContext } from './partnership-context';
import { PartnershipIdentityBar } from './partnership-identity-bar';
import { PARTNERSHIP_QUERY, type PartnershipData, type PartnershipVariables } from './partnership.query';
import { PartnershipSubNavigation } from './partnership-sub-navigation';
import { PartnershipUnavailable } from './partnership-unavailable';

export function PartnershipLayout() {
  const { partnershipId = '' } = useParams();
  const { pathname } = useLocation();
  const { token, user } = useAuth();

  if (!user) {
    return (
      <>
        <PageTitle title="Partnership" />
        <h1 className="govuk-heading-l">Partnership</h1>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/sign-in?returnTo=${encodeURIComponent(pathname)}`}>
            Sign in
          </Link>{' '}
          to see this partnership.
        </p>
      </>
    );
  }
  return <PartnershipArea partnershipId={partnershipId} token={token} />;
}

function PartnershipArea({ partnershipId, token }: { readonly partnershipId: string; readonly token: string | null }) {
  const view = useGraphQLQuery<PartnershipData, PartnershipVariables>(PARTNERSHIP_QUERY, { id: partnershipId }, token);
  if (view.status === 'failed') return <PartnershipUnavailable errors={view.errors} />;

  const context: PartnershipContext = { partnershipId, view };
  return (
    <>
      <PartnershipIdentityBar view={view} />
      <PartnershipSubNavigation partnershipId={partnershipId} />
      <Outlet context={context} />
    </>
  );
}
