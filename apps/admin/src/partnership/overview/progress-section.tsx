// How the partnership's level on one hallmark moved over its validated assessments, beside its
// region's and the nation's averages: a chart for the eye, the same figures in a table below it
// for screen readers and for copying, and a choice of hallmark. The choice lives in the query
// string, so a printed or shared page shows the same hallmark.
import { useSearchParams } from 'react-router';
import { LineChart } from '../../charts';
import { Select } from '../../govuk';
import { useGraphQLQuery } from '../../graphql';
import type { HallmarkHeading, ScaleLevel } from '../partnership.query';
import { hallmarkProgress, progressSeries, progressSummary, type ProgressNames } from './progress-figures';
import { PROGRESS_QUERY, type ProgressData, type ProgressVariables } from './progress.query';
import { ProgressTable } from './progress-table';

interface ProgressSectionProps {
  readonly partnershipId: string;
  readonly token: string | null;
  readonly names: ProgressNames;
  readonly hallmarks: readonly HallmarkHeading[];
  readonly scale: readonly ScaleLevel[];
}

const HALLMARK_PARAM = 'hallmark';

export function ProgressSection({ partnershipId, token, names, hallmarks, scale }: ProgressSectionProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const result = useGraphQLQuery<ProgressData, ProgressVariables>(PROGRESS_QUERY, { partnershipId }, token);

  const asked = searchParams.get(HALLMARK_PARAM);
  const hallmark = hallmarks.find((candidate) => candidate.id === asked) ?? hallmarks[0];
  const choose = (hallmarkId: string) =>
    setSearchParams(
      (params) => {
        params.set(HALLMARK_PARAM, hallmarkId);
        return params;
      },
      { replace: true, preventScrollReset: true },
    );

  return (
    <section aria-labelledby="progress-heading" className="app-progress">
      <h2 className="govuk-heading-m" id="progress-heading">
        Progress over time
      </h2>
      <p className="govuk-body">
        The partnership’s average level on a hallmark at each validated assessment, beside the average of its region’s
        partnerships and of every partnership in England and Wales that period.
      </p>
      {result.status === 'loading' && <p className="govuk-body">Loading the progress…</p>}
      {result.status === 'failed' && (
        <p className="govuk-body">Sorry, the progress cannot be shown at the moment. Try again later.</p>
      )}
      {result.status === 'loaded' &&
        hallmark &&
        (result.data.progress.length === 0 ? (
          <p className="govuk-body">No assessment has been validated yet, so there is no progress to show.</p>
        ) : (
          <>
            <Select
              id="progress-hallmark"
              name={HALLMARK_PARAM}
              label="Hallmark"
              hint="The chart and the table below change to the hallmark chosen."
              options={hallmarks.map((candidate) => ({ value: candidate.id, text: candidate.title }))}
              value={hallmark.id}
              onChange={choose}
              formGroupClass="app-progress__choice"
            />
            <HallmarkProgress
              hallmark={hallmark}
              rows={hallmarkProgress(result.data.progress, hallmark.id)}
              names={names}
              scale={scale}
            />
          </>
        ))}
    </section>
  );
}

interface HallmarkProgressProps {
  readonly hallmark: HallmarkHeading;
  readonly rows: ReturnType<typeof hallmarkProgress>;
  readonly names: ProgressNames;
  readonly scale: readonly ScaleLevel[];
}

function HallmarkProgress({ hallmark, rows, names, scale }: HallmarkProgressProps) {
  return (
    <>
      <figure className="app-progress__figure">
        <figcaption className="govuk-heading-s">{hallmark.title}</figcaption>
        <LineChart
          label={progressSummary(hallmark.title, rows, names, scale)}
          categories={rows.map((row) => row.period)}
          series={progressSeries(rows, names)}
          ticks={scale.map((level) => ({ value: level.level, label: `${level.level} ${level.label}` }))}
        />
      </figure>
      <ProgressTable id="progress-table" hallmarkTitle={hallmark.title} rows={rows} names={names} />
    </>
  );
}
