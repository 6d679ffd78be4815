import type { Actor, Role } from '../access/roles';
import type { RegionCode } from '../geography/regions';
import { mayViewPartnership } from './partnership-view-access';

const allerdale = { partnershipId: 'north_west-allerdale-cdrp', region: 'NORTH_WEST' as RegionCode };
const actor = (role: Role, scope: { region?: RegionCode; partnershipId?: string } = {}): Actor => ({
  username: 'someone',
  displayName: 'Someone',
  role,
  region: scope.region ?? null,
  partnershipId: scope.partnershipId ?? null,
});

describe('who may view a partnership', () => {
  it.each([
    ['the national team', actor('NATIONAL'), true],
    ['an auditor', actor('AUDITOR'), true],
    ['its region’s coordinator', actor('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' }), true],
    ['another region’s coordinator', actor('REGIONAL_COORDINATOR', { region: 'WALES' }), false],
    ['its lead', actor('PARTNERSHIP_LEAD', { partnershipId: allerdale.partnershipId }), true],
    ['its member', actor('PARTNERSHIP_MEMBER', { partnershipId: allerdale.partnershipId }), true],
    ['another partnership’s lead', actor('PARTNERSHIP_LEAD', { partnershipId: 'wales-cardiff-csp' }), false],
    ['another partnership’s member', actor('PARTNERSHIP_MEMBER', { partnershipId: 'wales-cardiff-csp' }), false],
  ])('%s: %s', (_who, who, allowed) => {
    expect(mayViewPartnership(who, allerdale)).toBe(allowed);
  });
});
