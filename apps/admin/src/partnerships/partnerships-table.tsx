// One page of partnerships as a GOV.UK table; the caption says how many match, in all pages.
// Each name links to the partnership's page where the person may open it.
import { Link } from 'react-router';
import type { SessionUser } from '../auth';
import { mayOpenPartnership } from '../partnership/partnership-access';
import { partnershipPath } from '../partnership/partnership-sections';
import type { PartnershipListItem } from './partnerships.query';
import { PartnershipTypeTag } from './partnership-type-tag';

interface PartnershipsTableProps {
  readonly caption: string;
  readonly partnerships: readonly PartnershipListItem[];
  readonly user: SessionUser | null;
}

export function PartnershipsTable({ caption, partnerships, user }: PartnershipsTableProps) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Name
          </th>
          <th scope="col" className="govuk-table__header">
            Type
          </th>
          <th scope="col" className="govuk-table__header">
            Region
          </th>
          <th scope="col" className="govuk-table__header">
            County
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {partnerships.map((partnership) => (
          <tr className="govuk-table__row" key={partnership.id}>
            <th scope="row" className="govuk-table__header">
              {mayOpenPartnership(user, { id: partnership.id, region: partnership.region.code }) ? (
                <Link className="govuk-link" to={partnershipPath(partnership.id)}>
                  {partnership.name}
                </Link>
              ) : (
                partnership.name
              )}
            </th>
            <td className="govuk-table__cell">
              <PartnershipTypeTag type={partnership.type} />
            </td>
            <td className="govuk-table__cell">{partnership.region.name}</td>
            <td className="govuk-table__cell">{partnership.county ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
