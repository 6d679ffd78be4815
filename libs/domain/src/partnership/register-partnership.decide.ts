import { findRegion } from '../geography/regions';
import { accept, conflict, invalid, reject, type Decision } from '../shared/domain-error';
import { PARTNERSHIP_TYPES, type PartnershipEvent, type PartnershipState, type PartnershipType } from './partnership';
import { partnershipIdFor } from './partnership-id';

export interface RegisterPartnership {
  readonly type: 'RegisterPartnership';
  readonly name: string;
  readonly partnershipType: string;
  readonly region: string;
  readonly county: string | null;
}

const MAX_NAME_LENGTH = 120;

/**
 * Registering a partnership: England has CDRPs and DAATs, Wales has CSPs; a county is only
 * recorded for a district in a two-tier (English) area.
 */
export function decideRegisterPartnership(
  command: RegisterPartnership,
  state: PartnershipState,
): Decision<PartnershipEvent> {
  const name = command.name.trim().replace(/\s+/g, ' ');
  if (name.length === 0) return reject(invalid('Enter the partnership’s name', 'name'));
  if (name.length > MAX_NAME_LENGTH) {
    return reject(invalid(`The partnership’s name must be ${MAX_NAME_LENGTH} characters or fewer`, 'name'));
  }
  const region = findRegion(command.region);
  if (!region) return reject(invalid(`“${command.region}” is not a region of England or Wales`, 'region'));
  if (!isPartnershipType(command.partnershipType)) {
    return reject(invalid('Select whether the partnership is a CDRP, a DAAT or a CSP', 'type'));
  }
  const type = command.partnershipType;
  if (region.country === 'Wales' && type !== 'CSP') {
    return reject(invalid('Partnerships in Wales are Community Safety Partnerships (CSP)', 'type'));
  }
  if (region.country === 'England' && type === 'CSP') {
    return reject(invalid('Partnerships in England are CDRPs or DAATs; CSPs are in Wales', 'type'));
  }
  const county = command.county?.trim() || null;
  if (county !== null && region.country === 'Wales') {
    return reject(invalid('Wales has no two-tier areas: leave the county empty', 'county'));
  }
  if (state.status === 'registered') {
    return reject(conflict(`${state.name} is already registered in ${region.name}`));
  }
  return accept({
    type: 'PartnershipRegistered',
    schemaVersion: 1,
    data: { partnershipId: partnershipIdFor(region.code, name), name, type, region: region.code, county },
  });
}

function isPartnershipType(value: string): value is PartnershipType {
  return (PARTNERSHIP_TYPES as readonly string[]).includes(value);
}
