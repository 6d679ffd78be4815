// The chart's figures as a GOV.UK table, for screen reader users and anyone who wants the
// numbers: each validated period, the partnership's averages and its region's and the nation's.
import { csvFileName, DownloadCsvLink, type CsvColumn } from '../../csv';
import { formatAverage } from '../../framework';
import type { ProgressNames } from './progress-figures';
import type { ProgressPoint } from './progress.query';

interface ProgressTableProps {
  readonly id: string;
  readonly hallmarkTitle: string;
  readonly rows: readonly ProgressPoint[];
  readonly names: ProgressNames;
}

interface ProgressColumn extends CsvColumn<ProgressPoint> {
  readonly numeric: boolean;
}

export function ProgressTable({ id, hallmarkTitle, rows, names }: ProgressTableProps) {
  const hasReviews = rows.some((row) => row.reviewAverage !== null);
  const columns: readonly ProgressColumn[] = [
    { header: 'Period', value: (row) => row.period, numeric: false },
    { header: `${names.partnership} validated`, value: (row) => row.effectiveAverage, numeric: true },
    { header: `${names.partnership} self-assessed`, value: (row) => row.selfAverage, numeric: true },
    ...(hasReviews
      ? [{ header: 'Diagnostic or peer review', value: (row: ProgressPoint) => row.reviewAverage, numeric: true }]
      : []),
    { header: `${names.region} average`, value: (row) => row.regionAverage, numeric: true },
    { header: 'England and Wales average', value: (row) => row.nationalAverage, numeric: true },
  ];

  return (
    <>
      <table className="govuk-table" id={id}>
        <caption className="govuk-table__caption govuk-table__caption--s">
          {hallmarkTitle}: average level by period
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((column) => (
              <th
                scope="col"
                key={column.header}
                className={`govuk-table__header${column.numeric ? ' govuk-table__header--numeric' : ''}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.period}>
              <th scope="row" className="govuk-table__header app-nowrap">
                {row.period}
              </th>
              {columns.slice(1).map((column) => (
                <td className="govuk-table__cell govuk-table__cell--numeric" key={column.header}>
                  {formatAverage(column.value(row) as number | null) ?? 'None'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <DownloadCsvLink
        columns={columns}
        rows={rows}
        fileName={csvFileName(names.partnership, hallmarkTitle, 'progress')}
        tableName={`${hallmarkTitle} progress`}
      />
    </>
  );
}
