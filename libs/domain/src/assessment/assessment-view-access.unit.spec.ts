import type { Actor, Role } from '../access/roles';
import type { RegionCode } from '../geography/regions';
import { mayViewAssessment } from './assessment-view-access';

const actor = (role: Role, scope: { region?: RegionCode; partnershipId?: string } = {}): Actor => ({
  username: 'someone',
  displayName: 'Someone',
  role,
  region: scope.region ?? null,
  partnershipId: scope.partnershipId ?? null,
});

const ALLERDALE = { partnershipId: 'north_west-allerdale-cdrp', region: 'NORTH_WEST' } as const;
const auditorOf = (...auditedRegions: RegionCode[]): Actor => ({ ...actor('AUDITOR'), auditedRegions });

describe('who may read a partnership’s assessment', () => {
  it.each([
    ['the national team', true, actor('NATIONAL')],
    ['an auditor', true, actor('AUDITOR')],
    ['an auditor of the region and another', true, auditorOf('WALES', 'NORTH_WEST')],
    ['an auditor of other regions only', false, auditorOf('WALES', 'LONDON')],
    ['the region’s coordinator', true, actor('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' })],
    ['another region’s coordinator', false, actor('REGIONAL_COORDINATOR', { region: 'WALES' })],
    ['the partnership’s lead', true, actor('PARTNERSHIP_LEAD', { partnershipId: ALLERDALE.partnershipId })],
    ['the partnership’s member', true, actor('PARTNERSHIP_MEMBER', { partnershipId: ALLERDALE.partnershipId })],
    ['another partnership’s lead', false, actor('PARTNERSHIP_LEAD', { partnershipId: 'wales-cardiff-csp' })],
  ])('%s: %s', (_who, expected, who) => {
    expect(mayViewAssessment(who, ALLERDALE)).toBe(expected);
  });
});
