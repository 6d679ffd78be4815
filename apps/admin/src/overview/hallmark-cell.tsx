// One partnership's standing on one hallmark: its level as a GOV.UK tag, coloured by level so the
// table can be scanned (the label says it in words too), and the trend since the last validation.
import type { HallmarkStanding } from './overview.query';
import { trendWording } from './trend-wording';

const LEVEL_TAG_CLASSES: Readonly<Record<number, string>> = {
  1: 'govuk-tag--red',
  2: 'govuk-tag--orange',
  3: 'govuk-tag--blue',
  4: 'govuk-tag--green',
};

export function HallmarkCell({ standing }: { readonly standing: HallmarkStanding | undefined }) {
  if (!standing || standing.level === null) {
    return <strong className="govuk-tag govuk-tag--grey">Not assessed</strong>;
  }
  const trend = trendWording(standing.trend);
  const colour = LEVEL_TAG_CLASSES[standing.level] ?? '';
  return (
    <>
      <strong className={`govuk-tag ${colour}`}>{standing.label ?? `Level ${standing.level}`}</strong>
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
