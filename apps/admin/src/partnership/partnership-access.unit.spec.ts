import type { SessionUser } from '../auth';
import { mayOpenPartnership } from './partnership-access';

const ALLERDALE = { id: 'north_west-allerdale-cdrp', region: 'NORTH_WEST' };
const CARDIFF = { id: 'wales-cardiff-csp', region: 'WALES' };

function user(role: SessionUser['role'], scope: Partial<SessionUser> = {}): SessionUser {
  return { username: 'someone', name: 'Someone', role, region: null, partnershipId: null, expiresAt: null, ...scope };
}

describe('whose partnership page a person may open', () => {
  it('any, for the national team and auditors', () => {
    expect(mayOpenPartnership(user('NATIONAL'), CARDIFF)).toBe(true);
    expect(mayOpenPartnership(user('AUDITOR'), ALLERDALE)).toBe(true);
  });

  it('those of their own region, for a coordinator', () => {
    const nora = user('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' });
    expect(mayOpenPartnership(nora, ALLERDALE)).toBe(true);
    expect(mayOpenPartnership(nora, CARDIFF)).toBe(false);
  });

  it('their own only, for a partnership’s lead or member', () => {
    const liam = user('PARTNERSHIP_LEAD', { partnershipId: ALLERDALE.id });
    const maya = user('PARTNERSHIP_MEMBER', { partnershipId: ALLERDALE.id });
    expect(mayOpenPartnership(liam, ALLERDALE)).toBe(true);
    expect(mayOpenPartnership(maya, ALLERDALE)).toBe(true);
    expect(mayOpenPartnership(liam, CARDIFF)).toBe(false);
  });

  it('none, for someone not signed in', () => {
    expect(mayOpenPartnership(null, ALLERDALE)).toBe(false);
  });
});
