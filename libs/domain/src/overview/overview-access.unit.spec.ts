import type { Actor, Role } from '../access/roles';
import type { RegionCode } from '../geography/regions';
import { mayViewNation, mayViewRegion } from './overview-access';

const actor = (role: Role, region: Actor['region'] = null): Actor => ({
  username: 'someone',
  displayName: 'Someone',
  role,
  region,
  partnershipId: role.startsWith('PARTNERSHIP') ? 'north_west-allerdale-cdrp' : null,
});

const auditorOf = (...auditedRegions: RegionCode[]): Actor => ({ ...actor('AUDITOR'), auditedRegions });

describe('who may see an overview', () => {
  it.each<[string, Actor, boolean]>([
    ['the national team', actor('NATIONAL'), true],
    ['an auditor', actor('AUDITOR'), true],
    ['an auditor of the region', auditorOf('NORTH_WEST', 'WALES'), true],
    ['an auditor of other regions', auditorOf('WALES'), false],
    ['the region’s coordinator', actor('REGIONAL_COORDINATOR', 'NORTH_WEST'), true],
    ['another region’s coordinator', actor('REGIONAL_COORDINATOR', 'WALES'), false],
    ['a partnership lead', actor('PARTNERSHIP_LEAD'), false],
    ['a partnership member', actor('PARTNERSHIP_MEMBER'), false],
  ])('the North West: %s → %s', (_who, who, allowed) => {
    expect(mayViewRegion(who, 'NORTH_WEST')).toBe(allowed);
  });

  it.each<[string, Actor, boolean]>([
    ['the national team', actor('NATIONAL'), true],
    ['an auditor', actor('AUDITOR'), true],
    ['an auditor of some regions', auditorOf('NORTH_WEST'), false],
    ['a coordinator', actor('REGIONAL_COORDINATOR', 'NORTH_WEST'), false],
    ['a partnership lead', actor('PARTNERSHIP_LEAD'), false],
  ])('the nation: %s → %s', (_who, who, allowed) => {
    expect(mayViewNation(who)).toBe(allowed);
  });
});
