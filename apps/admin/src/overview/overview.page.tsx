// The coordinator's overview: every partnership of a region (or the nation) × the six hallmarks,
// as of a chosen day, sortable and filterable. The place and date live in the query string so a
// view can be linked to; sorting and filtering rearrange the rows already fetched. Showing "now",
// it follows the platform's live channel and fetches the rows again when a partnership changes,
// saying politely which one; a past date never changes, so it is not followed.
import { useCallback, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../auth';
import { csvFileName, DownloadCsvLink } from '../csv';
import { hasErrorCode, useGraphQLQuery } from '../graphql';
import { PageTitle } from '../govuk';
import { usePartnershipChanges, type PartnershipChange } from '../live';
import { knownRegions, regionName, useRegions } from '../regions';
import { endOfUkDay, isCalendarDate } from './as-of-date';
import { liveNotice } from './live-notice';
import { noPartnershipsMessage, overviewCaption } from './overview-caption';
import { filterRows, NO_FILTER, type OverviewFilter } from './overview-filter';
import { OverviewFilters } from './overview-filters';
import { overviewScope } from './overview-access';
import { overviewCsvColumns } from './overview-csv';
import {
  NATIONAL_OVERVIEW_QUERY,
  REGION_OVERVIEW_QUERY,
  type OverviewData,
  type OverviewVariables,
} from './overview.query';
import { BY_NAME, nextSort, sortRows, type OverviewSort } from './overview-sort';
import { OverviewTable } from './overview-table';
import { OverviewViewForm, type OverviewView } from './overview-view-form';

export function OverviewPage() {
  const { token, user } = useAuth();
  const scope = overviewScope(user);
  return (
    <>
      <PageTitle title="Overview" />
      <h1 className="govuk-heading-l">Overview</h1>
      {scope.kind === 'none' ? (
        <p className="govuk-body">
          {user ? (
            'The overview is for regional support coordinators, the national team and auditors.'
          ) : (
            <>
              <Link className="govuk-link" to="/sign-in?returnTo=%2Foverview">
                Sign in
              </Link>{' '}
              to see the overview.
            </>
          )}
        </p>
      ) : (
        <OverviewContent token={token} ownRegion={scope.kind === 'own-region' ? scope.region : null} />
      )}
    </>
  );
}

function OverviewContent({ token, ownRegion }: { readonly token: string | null; readonly ownRegion: string | null }) {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const regions = knownRegions(useRegions());
  const [sort, setSort] = useState<OverviewSort>(BY_NAME);
  const [filter, setFilter] = useState<OverviewFilter>(NO_FILTER);

  const asOfParam = searchParams.get('asOf');
  const view: OverviewView = {
    region: ownRegion ?? (searchParams.get('region') || null),
    asOf: asOfParam && isCalendarDate(asOfParam) ? asOfParam : null,
  };
  const variables: OverviewVariables = {
    ...(view.region ? { region: view.region } : {}),
    ...(view.asOf ? { asOf: endOfUkDay(view.asOf) } : {}),
  };
  const showsNow = view.asOf === null;
  const viewKey = JSON.stringify(variables);
  const [liveUpdate, setLiveUpdate] = useState<LiveUpdate>({ viewKey: '', refresh: 0, changedIds: [] });
  const onChanges = useCallback(
    (changes: readonly PartnershipChange[]) =>
      setLiveUpdate((current) => ({
        viewKey,
        refresh: current.refresh + 1,
        changedIds: changes.map((change) => change.partnershipId),
      })),
    [viewKey],
  );
  const following = usePartnershipChanges({ token, region: view.region, enabled: showsNow, onChanges });
  const result = useGraphQLQuery<OverviewData, OverviewVariables>(
    view.region ? REGION_OVERVIEW_QUERY : NATIONAL_OVERVIEW_QUERY,
    variables,
    token,
    liveUpdate.refresh,
  );
  const notice =
    result.status === 'loaded' && liveUpdate.viewKey === viewKey && result.refreshed === liveUpdate.refresh
      ? liveNotice(liveUpdate.changedIds, result.data.overview.partnerships)
      : '';

  const place = view.region ? regionName(regions, view.region) : null;
  const applyView = (next: OverviewView) => {
    const params = new URLSearchParams();
    if (!ownRegion && next.region) params.set('region', next.region);
    if (next.asOf) params.set('asOf', next.asOf);
    const search = params.toString();
    void navigate({ pathname: '/overview', search: search ? `?${search}` : '' });
  };

  const all = result.status === 'loaded' ? result.data.overview.partnerships : [];
  const rows = sortRows(filterRows(all, filter), sort);
  const caption = overviewCaption({ shown: rows.length, total: all.length, place, asOf: view.asOf });
  const empty = result.status === 'loaded' && all.length === 0;

  return (
    <>
      <p className="govuk-body">
        {place ? `The partnerships of ${place}` : 'Every partnership in England and Wales'} against the six hallmarks,
        with their latest validated levels.
      </p>
      <OverviewViewForm view={view} regions={ownRegion ? null : regions} onApply={applyView} />

      {/* Present from the start, so screen readers hear each new result after filtering or choosing a date. */}
      <div className="govuk-visually-hidden" role="status">
        {result.status === 'loaded' ? (empty ? noPartnershipsMessage(place, view.asOf) : caption) : ''}
      </div>

      {showsNow && following && (
        <p className="govuk-body-s" id="overview-live-status">
          This overview updates itself when a partnership in it changes.
        </p>
      )}
      {/* Polite, and present from the start, so screen readers hear each update without losing their place. */}
      <p className="govuk-body-s app-live-notice" role="status" aria-live="polite" id="overview-live-notice">
        {/* A new node per update, so the same words are announced again for a second update. */}
        {notice && <span key={liveUpdate.refresh}>{notice}</span>}
      </p>

      {result.status === 'loading' && <p className="govuk-body">Loading the overview…</p>}

      {result.status === 'failed' && (
        <p className="govuk-body">
          {hasErrorCode(result.errors, 'FORBIDDEN')
            ? 'You may see the overview of your own region only.'
            : hasErrorCode(result.errors, 'UNAUTHENTICATED')
              ? 'Your session has ended. Sign in again to see the overview.'
              : 'Sorry, there is a problem with the service. Try again later.'}
        </p>
      )}

      {result.status === 'loaded' &&
        (empty ? (
          <div className="govuk-inset-text">{noPartnershipsMessage(place, view.asOf)}</div>
        ) : (
          <>
            <OverviewFilters filter={filter} onChange={setFilter} />
            {rows.length > 0 ? (
              <>
                <OverviewTable
                  caption={caption}
                  hallmarks={result.data.framework.hallmarks}
                  rows={rows}
                  sort={sort}
                  onSort={(column) => setSort((current) => nextSort(current, column))}
                />
                <DownloadCsvLink
                  columns={overviewCsvColumns(
                    result.data.framework.hallmarks,
                    (code) => regionName(regions, code) ?? code,
                  )}
                  rows={rows}
                  fileName={csvFileName('overview', place ?? 'England and Wales', view.asOf ?? 'today')}
                  tableName="partnerships against the hallmarks"
                />
              </>
            ) : (
              <p className="govuk-body">No partnerships match these filters.</p>
            )}
          </>
        ))}
    </>
  );
}

/** The last batch of live changes, for the view it arrived in, and the refresh it asked for. */
interface LiveUpdate {
  readonly viewKey: string;
  readonly refresh: number;
  readonly changedIds: readonly string[];
}
