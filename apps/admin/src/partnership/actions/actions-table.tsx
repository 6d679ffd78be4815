// A partnership's improvement actions as a GOV.UK table, by due date: what, against which
// criterion, who owns it, when it is due (and whether it is overdue), and its status.
import { longDate } from '../../overview/as-of-date';
import { csvFileName, DownloadCsvLink, type CsvColumn } from '../../csv';
import { criterionName, hallmarkTitle } from '../hallmark-names';
import type { HallmarkHeading, ImprovementActionSummary } from '../partnership.query';
import { actionStatusLabel, actionStatusTagClass, isOverdue } from './action-status';

interface ActionsTableProps {
  readonly partnershipName: string;
  readonly actions: readonly ImprovementActionSummary[];
  readonly hallmarks: readonly HallmarkHeading[];
  /** YYYY-MM-DD: the day the page shows, for "overdue". */
  readonly today: string;
}

export function ActionsTable({ partnershipName, actions, hallmarks, today }: ActionsTableProps) {
  const caption = `${actions.length} improvement ${actions.length === 1 ? 'action' : 'actions'}, by due date`;
  const columns: readonly CsvColumn<ImprovementActionSummary>[] = [
    { header: 'Action', value: (action) => action.description },
    { header: 'Hallmark', value: (action) => hallmarkTitle(hallmarks, action.hallmarkId) },
    { header: 'Criterion', value: (action) => action.criterionId },
    { header: 'Owner', value: (action) => action.owner },
    { header: 'Due', value: (action) => action.dueOn },
    { header: 'Status', value: (action) => actionStatusLabel(action.status) },
    { header: 'Overdue', value: (action) => isOverdue(action, today) },
  ];

  return (
    <>
      <table className="govuk-table app-actions-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header app-actions-table__action">
              Action
            </th>
            <th scope="col" className="govuk-table__header">
              Addresses
            </th>
            <th scope="col" className="govuk-table__header">
              Owner
            </th>
            <th scope="col" className="govuk-table__header">
              Due
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {actions.map((action) => (
            <tr className="govuk-table__row" key={action.actionId}>
              <td className="govuk-table__cell">{action.description}</td>
              <td className="govuk-table__cell">
                {hallmarkTitle(hallmarks, action.hallmarkId)}, {criterionName(action.criterionId)}
              </td>
              <td className="govuk-table__cell">{action.owner}</td>
              <td className="govuk-table__cell">
                <time dateTime={action.dueOn} className="app-nowrap">
                  {longDate(action.dueOn)}
                </time>
                {isOverdue(action, today) && (
                  <>
                    {' '}
                    <strong className="govuk-tag govuk-tag--red">Overdue</strong>
                  </>
                )}
              </td>
              <td className="govuk-table__cell">
                <strong className={`govuk-tag ${actionStatusTagClass(action.status)}`}>
                  {actionStatusLabel(action.status)}
                </strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <DownloadCsvLink
        columns={columns}
        rows={actions}
        fileName={csvFileName(partnershipName, 'improvement actions')}
        tableName="improvement actions"
      />
    </>
  );
}
