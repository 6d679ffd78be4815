import type { Actor, Role } from '../access/roles';
import type { RegionCode } from '../geography/regions';
import { mayDecideOnPartnership, mayResolveEscalation } from './partnership-decision-access';

const actor = (role: Role, scope: { region?: RegionCode; partnershipId?: string } = {}): Actor => ({
  username: 'someone',
  displayName: 'Someone',
  role,
  region: scope.region ?? null,
  partnershipId: scope.partnershipId ?? null,
});

const ALLERDALE = { partnershipId: 'north_west-allerdale-cdrp', region: 'NORTH_WEST' } as const;

describe('who may decide about a partnership', () => {
  it.each([
    ['the national team', true, actor('NATIONAL')],
    ['the region’s coordinator', true, actor('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' })],
    ['another region’s coordinator', false, actor('REGIONAL_COORDINATOR', { region: 'WALES' })],
    ['the partnership’s lead', false, actor('PARTNERSHIP_LEAD', { partnershipId: ALLERDALE.partnershipId })],
    ['the partnership’s member', false, actor('PARTNERSHIP_MEMBER', { partnershipId: ALLERDALE.partnershipId })],
    ['an auditor', false, actor('AUDITOR')],
  ])('priority, escalation and merger: %s may (%s)', (_who, expected, who) => {
    expect(mayDecideOnPartnership(who, ALLERDALE)).toBe(expected);
  });

  it.each([
    ['the national team', true, actor('NATIONAL')],
    ['the region’s coordinator', false, actor('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' })],
    ['the partnership’s lead', false, actor('PARTNERSHIP_LEAD', { partnershipId: ALLERDALE.partnershipId })],
    ['an auditor', false, actor('AUDITOR')],
  ])('resolving an escalation: %s may (%s)', (_who, expected, who) => {
    expect(mayResolveEscalation(who)).toBe(expected);
  });
});
