// The home page: every partnership, by region and type, a page at a time.
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../auth';
import { hasErrorCode, useGraphQLQuery } from '../graphql';
import { PageTitle, Pagination } from '../govuk';
import { knownRegions, regionName, useRegions, type Region } from '../regions';
import { PartnershipFilters } from './partnership-filters';
import { partnershipListCaption } from './partnership-list-caption';
import {
  listSearch,
  nextPageLink,
  previousPageLink,
  readListLocation,
  type PartnershipListFilters,
} from './partnership-list-location';
import { PARTNERSHIPS_QUERY, type PartnershipsData, type PartnershipsVariables } from './partnerships.query';
import { PartnershipsTable } from './partnerships-table';

const PAGE_SIZE = 25;

export function PartnershipListPage() {
  const [searchParams] = useSearchParams();
  const historyState: unknown = useLocation().state;
  const navigate = useNavigate();
  const { token, user } = useAuth();
  const regions = knownRegions(useRegions());

  const location = readListLocation(searchParams, historyState);
  const variables: PartnershipsVariables = {
    first: PAGE_SIZE,
    ...(location.after ? { after: location.after } : {}),
    ...(location.region ? { region: location.region } : {}),
    ...(location.type ? { type: location.type } : {}),
  };
  const result = useGraphQLQuery<PartnershipsData, PartnershipsVariables>(PARTNERSHIPS_QUERY, variables, token);

  const caption =
    result.status === 'loaded'
      ? partnershipListCaption(
          result.data.partnerships.totalCount,
          location.type,
          filteredRegionName(location.region, regions, result.data),
        )
      : '';
  const applyFilters = (filters: PartnershipListFilters) =>
    void navigate({ pathname: '/', search: listSearch(filters) });

  return (
    <>
      <PageTitle title="Partnerships" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Partnerships</h1>
          <p className="govuk-body">Community safety partnerships in England and Wales, by region.</p>
        </div>
        {user?.role === 'NATIONAL' && (
          <div className="govuk-grid-column-one-third">
            <Link to="/partnerships/new" role="button" draggable={false} className="govuk-button">
              Register a partnership
            </Link>
          </div>
        )}
      </div>

      <PartnershipFilters filters={location} regions={regions} onApply={applyFilters} />

      {/* Present from the start, so screen readers announce each new result after filtering or paging. */}
      <div className="govuk-visually-hidden" role="status">
        {result.status === 'loaded' ? caption : ''}
      </div>

      {result.status === 'loading' && <p className="govuk-body">Loading partnerships…</p>}

      {result.status === 'failed' &&
        (hasErrorCode(result.errors, 'UNAUTHENTICATED') ? (
          <p className="govuk-body">
            <Link className="govuk-link" to="/sign-in">
              Sign in
            </Link>{' '}
            to see the partnerships.
          </p>
        ) : (
          <p className="govuk-body">Sorry, there is a problem with the service. Try again later.</p>
        ))}

      {result.status === 'loaded' && (
        <>
          {result.data.partnerships.edges.length > 0 ? (
            <PartnershipsTable
              caption={caption}
              partnerships={result.data.partnerships.edges.map((edge) => edge.node)}
              user={user}
            />
          ) : (
            <p className="govuk-body">No partnerships match these filters.</p>
          )}
          <Pagination
            previous={previousPageLink(location)}
            next={
              result.data.partnerships.pageInfo.hasNextPage && result.data.partnerships.pageInfo.endCursor
                ? nextPageLink(location, result.data.partnerships.pageInfo.endCursor)
                : null
            }
          />
        </>
      )}
    </>
  );
}

/** The filtered region's name, from the rows themselves if the region list has not arrived yet. */
function filteredRegionName(code: string | null, regions: readonly Region[], data: PartnershipsData): string | null {
  if (code === null) return null;
  const known = regions.some((region) => region.code === code);
  return known ? regionName(regions, code) : (data.partnerships.edges[0]?.node.region.name ?? code);
}
