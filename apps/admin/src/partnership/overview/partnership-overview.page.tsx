// The partnership's overview: where it stands (a summary and its scores by hallmark) and how it
// got there (its progress beside its region and the nation). Laid out to print as a board report.
import { useAuth } from '../../auth';
import { knownRegions, regionName, useRegions } from '../../regions';
import { timelineDate } from '../../timeline/timeline-dates';
import { usePartnership } from '../partnership-context';
import { PartnershipPageTitle } from '../partnership-page-title';
import { HallmarkScoresTable } from './hallmark-scores-table';
import { PartnershipSummary } from './partnership-summary';
import { ProgressSection } from './progress-section';

export function PartnershipOverviewPage() {
  const { partnershipId, view } = usePartnership();
  const { token } = useAuth();
  const regions = knownRegions(useRegions());

  return (
    <>
      <PartnershipPageTitle section="Overview" />
      <h1 className="govuk-heading-l">Partnership overview</h1>
      {view.status !== 'loaded' ? (
        <p className="govuk-body">Loading the partnership…</p>
      ) : (
        <>
          <p className="govuk-body-s app-secondary-text">
            As it stood on <time dateTime={view.data.partnership.asOf}>{timelineDate(view.data.partnership.asOf)}</time>
            .
          </p>
          <PartnershipSummary data={view.data} />
          <HallmarkScoresTable data={view.data} />
          <ProgressSection
            partnershipId={partnershipId}
            token={token}
            names={{
              partnership: view.data.partnership.name,
              region: regionName(regions, view.data.partnership.region) ?? view.data.partnership.region,
            }}
            hallmarks={view.data.framework.hallmarks}
            scale={view.data.framework.scale}
          />
        </>
      )}
    </>
  );
}
