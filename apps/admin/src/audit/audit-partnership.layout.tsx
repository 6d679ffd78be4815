// Around every section of one partnership's audit: the partnership's name, the section's heading,
// and the sub navigation between the sections. The partnership is looked up once, here, and
// handed to the sections; one that does not exist gets "Partnership not found" instead.
import { Link, Outlet, useLocation, useOutletContext, useParams } from 'react-router';
import { useAuth } from '../auth';
import { hasErrorCode, useGraphQLQuery, type GraphQLErrorItem } from '../graphql';
import { MojSubNavigation, PageTitle } from '../govuk';
import { AUDIT_PATH } from './audit-access';
import { AUDIT_SECTIONS, partnershipAuditPath, sectionOfPath } from './audit-sections';
import {
  AUDITED_PARTNERSHIP_QUERY,
  type AuditedPartnership,
  type AuditedPartnershipData,
  type AuditedPartnershipVariables,
} from './audited-partnership.query';

export interface AuditedPartnershipContext {
  readonly partnershipId: string;
  /** Null until the partnership has been looked up. */
  readonly partnership: AuditedPartnership | null;
}

export function AuditPartnershipLayout() {
  const { partnershipId = '' } = useParams();
  const { pathname } = useLocation();
  const { token } = useAuth();
  const result = useGraphQLQuery<AuditedPartnershipData, AuditedPartnershipVariables>(
    AUDITED_PARTNERSHIP_QUERY,
    { id: partnershipId },
    token,
  );

  if (result.status === 'failed') return <PartnershipProblem errors={result.errors} />;

  const section = sectionOfPath(pathname, partnershipId);
  const partnership = result.status === 'loaded' ? result.data.partnership : null;
  const context: AuditedPartnershipContext = { partnershipId, partnership };

  return (
    <>
      <PageTitle title={partnership ? `${section.title}: ${partnership.name}` : section.title} />
      <Link className="govuk-back-link" to={AUDIT_PATH}>
        Choose another partnership
      </Link>
      <span className="govuk-caption-l">{partnership ? `${partnership.name} audit` : 'Partnership audit'}</span>
      <h1 className="govuk-heading-l">{section.title}</h1>
      {partnership?.mergedInto && (
        <div className="govuk-inset-text">
          This partnership has merged into another ({partnership.mergedInto}). Its history stays as it was recorded.
        </div>
      )}
      <MojSubNavigation
        label="Partnership audit"
        items={AUDIT_SECTIONS.map((item) => ({
          text: item.navText,
          to: partnershipAuditPath(partnershipId, item.path),
          current: item === section ? 'page' : false,
        }))}
      />
      <Outlet context={context} />
    </>
  );
}

/** The partnership whose audit a section belongs to, from the layout around it. */
export function useAuditedPartnership(): AuditedPartnershipContext {
  return useOutletContext<AuditedPartnershipContext>();
}

function PartnershipProblem({ errors }: { readonly errors: readonly GraphQLErrorItem[] }) {
  const notFound = errors.some((error) => error.extensions?.code === 'NOT_FOUND');
  const title = notFound
    ? 'Partnership not found'
    : hasErrorCode(errors, 'FORBIDDEN')
      ? 'You do not have access to this page'
      : 'Sorry, there is a problem with the service';
  return (
    <>
      <PageTitle title={title} />
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        {notFound
          ? 'There is no partnership at this address. Check it is correct, or choose the partnership again.'
          : hasErrorCode(errors, 'UNAUTHENTICATED')
            ? 'Your session has ended. Sign in again to use the audit tools.'
            : hasErrorCode(errors, 'FORBIDDEN')
              ? 'You may not see this partnership’s history.'
              : 'Try again later.'}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={AUDIT_PATH}>
          Choose a partnership to audit
        </Link>
      </p>
    </>
  );
}
