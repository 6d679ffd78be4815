// A partnership's type as a GOV.UK tag, coloured per type so the table can be scanned.
import { PARTNERSHIP_TYPE_DESCRIPTIONS, type PartnershipType } from './partnership-type';

export function PartnershipTypeTag({ type }: { readonly type: PartnershipType }) {
  const { tagClass } = PARTNERSHIP_TYPE_DESCRIPTIONS[type];
  return <strong className={tagClass ? `govuk-tag ${tagClass}` : 'govuk-tag'}>{type}</strong>;
}
