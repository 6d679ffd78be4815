import type { Actor, Role } from '../access/roles';
import { mayManageSupport, mayRequestSupport } from './support-access';

const ALLERDALE = { partnershipId: 'north_west-allerdale-cdrp', region: 'NORTH_WEST' as const };

const actor = (role: Role, scope: Partial<Actor> = {}): Actor => ({
  username: 'someone',
  displayName: 'Someone',
  role,
  region: null,
  partnershipId: null,
  ...scope,
});

describe('who may act on support', () => {
  it('lets the partnership’s own people and the national team request support', () => {
    expect(
      mayRequestSupport(actor('PARTNERSHIP_LEAD', { partnershipId: ALLERDALE.partnershipId }), ALLERDALE.partnershipId),
    ).toBe(true);
    expect(mayRequestSupport(actor('NATIONAL'), ALLERDALE.partnershipId)).toBe(true);
    expect(
      mayRequestSupport(actor('PARTNERSHIP_LEAD', { partnershipId: 'wales-cardiff-csp' }), ALLERDALE.partnershipId),
    ).toBe(false);
    expect(mayRequestSupport(actor('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' }), ALLERDALE.partnershipId)).toBe(
      false,
    );
  });

  it('lets the region’s coordinator and the national team manage support, never the partnership', () => {
    expect(mayManageSupport(actor('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' }), ALLERDALE)).toBe(true);
    expect(mayManageSupport(actor('NATIONAL'), ALLERDALE)).toBe(true);
    expect(mayManageSupport(actor('REGIONAL_COORDINATOR', { region: 'WALES' }), ALLERDALE)).toBe(false);
    expect(mayManageSupport(actor('PARTNERSHIP_LEAD', { partnershipId: ALLERDALE.partnershipId }), ALLERDALE)).toBe(
      false,
    );
  });
});
