// GOV.UK summary list without actions: key–value rows, e.g. the facts of a partnership.
import type { ReactNode } from 'react';

export interface SummaryListRow {
  readonly key: string;
  readonly value: ReactNode;
}

export function SummaryList({ rows }: { readonly rows: readonly SummaryListRow[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
