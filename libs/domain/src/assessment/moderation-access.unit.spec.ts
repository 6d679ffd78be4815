import type { Actor, Role } from '../access/roles';
import type { RegionCode } from '../geography/regions';
import { mayModerate } from './moderation-access';

const actor = (role: Role, scope: { region?: RegionCode; partnershipId?: string } = {}): Actor => ({
  username: 'someone',
  displayName: 'Someone',
  role,
  region: scope.region ?? null,
  partnershipId: scope.partnershipId ?? null,
});

const ALLERDALE = { partnershipId: 'north_west-allerdale-cdrp', region: 'NORTH_WEST' } as const;

describe('who may moderate a partnership’s assessment', () => {
  it.each([
    ['the national team', true, actor('NATIONAL')],
    ['the region’s coordinator', true, actor('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' })],
    ['another region’s coordinator', false, actor('REGIONAL_COORDINATOR', { region: 'WALES' })],
    ['the partnership’s lead', false, actor('PARTNERSHIP_LEAD', { partnershipId: ALLERDALE.partnershipId })],
    ['the partnership’s member', false, actor('PARTNERSHIP_MEMBER', { partnershipId: ALLERDALE.partnershipId })],
    ['an auditor', false, actor('AUDITOR')],
  ])('%s: %s', (_who, expected, who) => {
    expect(mayModerate(who, ALLERDALE)).toBe(expected);
  });
});
