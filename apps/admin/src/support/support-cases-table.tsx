// A partnership's support cases, the most recently raised first: the offer (linked to the case),
// who raised it and when, and where it stands.
import { Link } from 'react-router';
import { dayOf } from './evidence';
import type { SupportCaseRecord } from './support-case';
import { offerTitle, type SupportOffer } from './support-offers';
import { casePath } from './support-paths';
import { CASE_STATUS_TAGS, raisedWording } from './support-wording';
import { Tag } from './tag';

interface SupportCasesTableProps {
  readonly partnershipId: string;
  readonly cases: readonly SupportCaseRecord[];
  readonly offers: readonly SupportOffer[];
}

export function SupportCasesTable({ partnershipId, cases, offers }: SupportCasesTableProps) {
  if (cases.length === 0) {
    return <p className="govuk-body">No support has been requested or proposed yet.</p>;
  }
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Support cases</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Support
          </th>
          <th scope="col" className="govuk-table__header">
            Raised
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {cases.map((supportCase) => (
          <tr className="govuk-table__row" key={supportCase.caseId}>
            <th scope="row" className="govuk-table__header">
              <Link className="govuk-link" to={casePath(partnershipId, supportCase.uuid)}>
                {offerTitle(offers, supportCase.offerId)}
              </Link>
            </th>
            <td className="govuk-table__cell">
              {raisedWording(supportCase.raised.how, supportCase.raised.actor)} on{' '}
              {dayOf(supportCase.raised.occurredAt)}
            </td>
            <td className="govuk-table__cell">
              <Tag wording={CASE_STATUS_TAGS[supportCase.status]} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
