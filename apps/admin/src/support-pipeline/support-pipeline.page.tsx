// The support pipeline: a region's support cases grouped by where they stand, with the support,
// the hallmarks it serves, the dates, the rationale of the latest decision and whether the served
// hallmarks moved — as of today or a chosen day. Coordinators see their own region; the national
// team and auditors choose one. The region and date live in the query string, like the overview's.
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../auth';
import { hasErrorCode, useGraphQLQuery } from '../graphql';
import { PageTitle } from '../govuk';
import { endOfUkDay, isCalendarDate, longDate, OverviewViewForm, overviewScope, type OverviewView } from '../overview';
import { knownRegions, regionName, useRegions } from '../regions';
import { PipelineStageSection, stageId } from './pipeline-stage-section';
import { pipelineCaption, STATUS_HEADINGS } from './pipeline-wording';
import {
  SUPPORT_PIPELINE_QUERY,
  type SupportPipelineData,
  type SupportPipelineVariables,
} from './support-pipeline.query';

const PATH = '/support-pipeline';
const WORDING = {
  form: 'Choose the support pipeline',
  submit: 'Show pipeline',
  everyRegion: null,
  dateHint:
    'Shows the support cases as they stood at the end of this day. Leave empty for today. For example, 31 3 2010',
};

export function SupportPipelinePage() {
  const { token, user } = useAuth();
  const scope = overviewScope(user);
  return (
    <>
      <PageTitle title="Support pipeline" />
      <h1 className="govuk-heading-l">Support pipeline</h1>
      {scope.kind === 'none' ? (
        <p className="govuk-body">
          {user ? (
            'The support pipeline is for regional support coordinators, the national team and auditors.'
          ) : (
            <>
              <Link className="govuk-link" to={`/sign-in?returnTo=${encodeURIComponent(PATH)}`}>
                Sign in
              </Link>{' '}
              to see the support pipeline.
            </>
          )}
        </p>
      ) : (
        <PipelineContent token={token} ownRegion={scope.kind === 'own-region' ? scope.region : null} />
      )}
    </>
  );
}

function PipelineContent({ token, ownRegion }: { readonly token: string | null; readonly ownRegion: string | null }) {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const regions = knownRegions(useRegions());
  const asOfParam = searchParams.get('asOf');
  const view: OverviewView = {
    region: ownRegion ?? (searchParams.get('region') || null),
    asOf: asOfParam && isCalendarDate(asOfParam) ? asOfParam : null,
  };
  const applyView = (next: OverviewView) => {
    const params = new URLSearchParams();
    if (!ownRegion && next.region) params.set('region', next.region);
    if (next.asOf) params.set('asOf', next.asOf);
    const search = params.toString();
    void navigate({ pathname: PATH, search: search ? `?${search}` : '' });
  };
  const place = regionName(regions, view.region);

  return (
    <>
      <p className="govuk-body">
        {place ? `The support cases of ${place}` : 'A region’s support cases'} by where they stand: the support, the
        hallmarks it serves, the rationale of each decision and, once delivered, whether those hallmarks moved.
      </p>
      <OverviewViewForm view={view} regions={ownRegion ? null : regions} onApply={applyView} wording={WORDING} />
      {view.region && place ? (
        <Pipeline token={token} region={view.region} place={place} asOf={view.asOf} />
      ) : (
        <p className="govuk-body">Choose a region to see its support pipeline.</p>
      )}
    </>
  );
}

interface PipelineProps {
  readonly token: string | null;
  readonly region: string;
  readonly place: string;
  /** YYYY-MM-DD; null for now. */
  readonly asOf: string | null;
}

function Pipeline({ token, region, place, asOf }: PipelineProps) {
  const variables: SupportPipelineVariables = { region, ...(asOf ? { asOf: endOfUkDay(asOf) } : {}) };
  const result = useGraphQLQuery<SupportPipelineData, SupportPipelineVariables>(
    SUPPORT_PIPELINE_QUERY,
    variables,
    token,
  );
  const caption =
    result.status === 'loaded' ? pipelineCaption(result.data.pipeline.total, place, asOf ? longDate(asOf) : null) : '';

  return (
    <>
      {/* Present from the start, so screen readers hear the new count after choosing a date. */}
      <div className="govuk-visually-hidden" role="status">
        {caption}
      </div>
      {result.status === 'loading' && <p className="govuk-body">Loading the support pipeline…</p>}
      {result.status === 'failed' && (
        <p className="govuk-body">
          {hasErrorCode(result.errors, 'FORBIDDEN')
            ? 'You may see the support pipeline of your own region only.'
            : hasErrorCode(result.errors, 'UNAUTHENTICATED')
              ? 'Your session has ended. Sign in again to see the support pipeline.'
              : 'Sorry, there is a problem with the service. Try again later.'}
        </p>
      )}
      {result.status === 'loaded' && (
        <>
          <h2 className="govuk-heading-m" id="pipeline-caption">
            {caption}
          </h2>
          <dl className="govuk-summary-list" aria-labelledby="pipeline-caption">
            {result.data.pipeline.stages.map((stage) => (
              <div className="govuk-summary-list__row" key={stage.status}>
                <dt className="govuk-summary-list__key">{STATUS_HEADINGS[stage.status]}</dt>
                <dd className="govuk-summary-list__value">
                  {stage.count > 0 ? (
                    <a className="govuk-link" href={`#${stageId(stage)}`}>
                      {stage.count} {stage.count === 1 ? 'case' : 'cases'}
                    </a>
                  ) : (
                    'None'
                  )}
                </dd>
              </div>
            ))}
          </dl>
          {result.data.pipeline.stages.map((stage) => (
            <PipelineStageSection
              key={stage.status}
              stage={stage}
              hallmarkTitles={new Map(result.data.framework.hallmarks.map((hallmark) => [hallmark.id, hallmark.title]))}
            />
          ))}
        </>
      )}
    </>
  );
}
