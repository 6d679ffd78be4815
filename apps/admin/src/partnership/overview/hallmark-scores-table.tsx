// Where the partnership stands on each hallmark: the averages of its current assessment so far,
// and the level and average of its last validated one.
import { csvFileName, DownloadCsvLink, type CsvColumn } from '../../csv';
import { formatAverage, LevelTag } from '../../framework';
import type { AssessmentScores, HallmarkHeading, PartnershipData } from '../partnership.query';
import { cycleStatusText } from '../partnership-status-tags';

interface HallmarkRow {
  readonly hallmark: HallmarkHeading;
  readonly current: AssessmentScores['hallmarks'][number] | undefined;
  readonly validated: AssessmentScores['hallmarks'][number] | undefined;
}

export function HallmarkScoresTable({ data }: { readonly data: PartnershipData }) {
  const { partnership, framework } = data;
  const { currentCycle, lastValidated } = partnership;
  // Once the current assessment is validated it is the last validated one too: show it once.
  const current = currentCycle && currentCycle.assessmentId !== lastValidated?.assessmentId ? currentCycle : null;
  const labelOf = (level: number | null) => framework.scale.find((scale) => scale.level === level)?.label ?? null;

  const rows: readonly HallmarkRow[] = framework.hallmarks.map((hallmark) => ({
    hallmark,
    current: current?.hallmarks.find((scores) => scores.hallmarkId === hallmark.id),
    validated: lastValidated?.hallmarks.find((scores) => scores.hallmarkId === hallmark.id),
  }));
  const columns: CsvColumn<HallmarkRow>[] = [{ header: 'Hallmark', value: (row) => row.hallmark.title }];
  if (current) {
    columns.push({
      header: `${current.period} (${cycleStatusText(current.status)}) average so far`,
      value: (row) => row.current?.average,
    });
  }
  if (lastValidated) {
    columns.push(
      { header: `${lastValidated.period} validated level`, value: (row) => labelOf(row.validated?.level ?? null) },
      { header: `${lastValidated.period} validated average`, value: (row) => row.validated?.average },
    );
  }

  if (!current && !lastValidated) {
    return <p className="govuk-body">The partnership has not scored any hallmark yet.</p>;
  }
  return (
    <>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Scores by hallmark</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((column) => (
              <th scope="col" className="govuk-table__header" key={column.header}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.hallmark.id}>
              <th scope="row" className="govuk-table__header">
                {row.hallmark.title}
              </th>
              {current && <td className="govuk-table__cell">{formatAverage(row.current?.average) ?? 'Not scored'}</td>}
              {lastValidated && (
                <>
                  <td className="govuk-table__cell">
                    {row.validated?.level ? (
                      <LevelTag level={row.validated.level} label={labelOf(row.validated.level)} />
                    ) : (
                      'Not scored'
                    )}
                  </td>
                  <td className="govuk-table__cell">{formatAverage(row.validated?.average) ?? 'Not scored'}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <DownloadCsvLink
        columns={columns}
        rows={rows}
        fileName={csvFileName(partnership.name, 'scores by hallmark')}
        tableName="scores by hallmark"
      />
    </>
  );
}
