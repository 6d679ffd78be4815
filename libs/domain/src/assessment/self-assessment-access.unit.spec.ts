import type { Actor, Role } from '../access/roles';
import { maySelfAssess } from './self-assessment-access';

const actor = (role: Role, partnershipId: string | null = null): Actor => ({
  username: 'someone',
  displayName: 'Someone',
  role,
  region: role === 'REGIONAL_COORDINATOR' ? 'NORTH_WEST' : null,
  partnershipId,
});

const ALLERDALE = 'north_west-allerdale-cdrp';

describe('who may self-assess a partnership', () => {
  it.each([
    ['the national team', true, actor('NATIONAL')],
    ['the partnership’s lead', true, actor('PARTNERSHIP_LEAD', ALLERDALE)],
    ['the partnership’s member', true, actor('PARTNERSHIP_MEMBER', ALLERDALE)],
    ['another partnership’s lead', false, actor('PARTNERSHIP_LEAD', 'wales-cardiff-csp')],
    ['another partnership’s member', false, actor('PARTNERSHIP_MEMBER', 'wales-cardiff-csp')],
    ['the region’s coordinator', false, actor('REGIONAL_COORDINATOR')],
    ['an auditor', false, actor('AUDITOR')],
  ])('%s: %s', (_who, expected, who) => {
    expect(maySelfAssess(who, ALLERDALE)).toBe(expected);
  });
});
