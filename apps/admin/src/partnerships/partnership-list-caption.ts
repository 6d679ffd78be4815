// The list's caption: how many partnerships match, and which filters narrowed them.
import type { PartnershipType } from './partnership-type';

export function partnershipListCaption(
  totalCount: number,
  type: PartnershipType | null,
  regionName: string | null,
): string {
  const noun = totalCount === 1 ? 'partnership' : 'partnerships';
  const kind = type ? `${type} ${noun}` : noun;
  return regionName ? `${totalCount} ${kind} in ${regionName}` : `${totalCount} ${kind}`;
}
