// The overview as a table: partnerships × the six hallmarks, then the cycle, flags and support.
// Headers follow the MOJ sortable table pattern: a button in each header, aria-sort on the one
// the rows are sorted by. It may be wider than the page, so it scrolls sideways in a region that
// keyboard users can focus (WCAG 1.4.10 allows two-dimensional tables to scroll).
import { Link } from 'react-router';
import { partnershipPath } from '../partnership/partnership-sections';
import { cycleStatusLabel } from './cycle-status';
import { HallmarkCell } from './hallmark-cell';
import type { HallmarkHeading, OverviewRow } from './overview.query';
import { sameColumn, type OverviewSort, type SortColumn } from './overview-sort';

interface OverviewTableProps {
  readonly caption: string;
  readonly hallmarks: readonly HallmarkHeading[];
  readonly rows: readonly OverviewRow[];
  readonly sort: OverviewSort;
  readonly onSort: (column: SortColumn) => void;
}

export function OverviewTable({ caption, hallmarks, rows, sort, onSort }: OverviewTableProps) {
  const header = (column: SortColumn, label: string, key: string) => (
    <th
      scope="col"
      className="govuk-table__header"
      key={key}
      aria-sort={sameColumn(sort.column, column) ? sort.direction : 'none'}
    >
      <button type="button" className="app-sortable-table__button" onClick={() => onSort(column)}>
        {label}
      </button>
    </th>
  );

  return (
    <div className="app-table-scroll" role="region" aria-labelledby="overview-caption" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet app-overview-table">
        <caption className="govuk-table__caption govuk-table__caption--m" id="overview-caption">
          {caption}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {header({ kind: 'name' }, 'Partnership', 'name')}
            {hallmarks.map((hallmark) =>
              header({ kind: 'hallmark', hallmarkId: hallmark.id }, hallmark.title, `hallmark-${hallmark.id}`),
            )}
            {header({ kind: 'cycle' }, 'Current cycle', 'cycle')}
            {header({ kind: 'flags' }, 'Overdue or returned', 'flags')}
            {header({ kind: 'priority' }, 'Priority', 'priority')}
            {header({ kind: 'openSupport' }, 'Open support', 'openSupport')}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.partnershipId}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={partnershipPath(row.partnershipId)}>
                  {row.name}
                </Link>
              </th>
              {hallmarks.map((hallmark) => (
                <td className="govuk-table__cell" key={hallmark.id}>
                  <HallmarkCell standing={row.hallmarks.find((standing) => standing.hallmarkId === hallmark.id)} />
                </td>
              ))}
              <td className="govuk-table__cell">
                {row.cycle ? `${row.cycle.period}: ${cycleStatusLabel(row.cycle.status)}` : 'None'}
              </td>
              <td className="govuk-table__cell">
                {row.overdue && <strong className="govuk-tag govuk-tag--red">Overdue</strong>}
                {row.overdue && row.returned && ' '}
                {row.returned && <strong className="govuk-tag govuk-tag--yellow">Returned</strong>}
              </td>
              <td className="govuk-table__cell">
                {row.priority ? <strong className="govuk-tag govuk-tag--purple">Priority</strong> : ''}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{row.openSupport}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
