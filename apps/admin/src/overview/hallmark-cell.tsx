// One partnership's standing on one hallmark: its level as a GOV.UK tag, coloured by level so the
// table can be scanned (the label says it in words too), and the trend since the last validation.
import { LevelTag } from '../framework';
import type { HallmarkStanding } from './overview.query';
import { trendWording } from './trend-wording';

export function HallmarkCell({ standing }: { readonly standing: HallmarkStanding | undefined }) {
  if (!standing || standing.level === null) {
    return <strong className="govuk-tag govuk-tag--grey">Not assessed</strong>;
  }
  const trend = trendWording(standing.trend);
  return (
    <>
      <LevelTag level={standing.level} label={standing.label} />
      {trend && (
        <span className="app-trend">
          {' '}
          <span aria-hidden="true">{trend.arrow}</span>
          <span className="govuk-visually-hidden">{trend.words}</span>
        </span>
      )}
    </>
  );
}
