import type { SessionUser } from '../auth';
import { mayModerate, maySelfAssess } from './assessment-access';

const user = (role: SessionUser['role'], scope: Partial<SessionUser> = {}): SessionUser => ({
  username: 'someone',
  name: 'Someone',
  role,
  region: null,
  partnershipId: null,
  expiresAt: null,
  ...scope,
});

const ALLERDALE = 'north_west-allerdale-cdrp';

describe('who may do what with an assessment', () => {
  it('lets the national team and the partnership’s own lead and members self-assess', () => {
    expect(maySelfAssess(user('NATIONAL'), ALLERDALE)).toBe(true);
    expect(maySelfAssess(user('PARTNERSHIP_LEAD', { partnershipId: ALLERDALE }), ALLERDALE)).toBe(true);
    expect(maySelfAssess(user('PARTNERSHIP_MEMBER', { partnershipId: ALLERDALE }), ALLERDALE)).toBe(true);
  });

  it('keeps other partnerships, coordinators, auditors and the signed-out from self-assessing', () => {
    expect(maySelfAssess(user('PARTNERSHIP_LEAD', { partnershipId: 'wales-cardiff-csp' }), ALLERDALE)).toBe(false);
    expect(maySelfAssess(user('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' }), ALLERDALE)).toBe(false);
    expect(maySelfAssess(user('AUDITOR'), ALLERDALE)).toBe(false);
    expect(maySelfAssess(null, ALLERDALE)).toBe(false);
  });

  it('lets the national team and the region’s coordinator moderate', () => {
    expect(mayModerate(user('NATIONAL'), 'WALES')).toBe(true);
    expect(mayModerate(user('REGIONAL_COORDINATOR', { region: 'WALES' }), 'WALES')).toBe(true);
    expect(mayModerate(user('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' }), 'WALES')).toBe(false);
  });

  it('keeps partnerships and auditors from moderating', () => {
    expect(mayModerate(user('PARTNERSHIP_LEAD', { partnershipId: 'wales-cardiff-csp' }), 'WALES')).toBe(false);
    expect(mayModerate(user('AUDITOR'), 'WALES')).toBe(false);
    expect(mayModerate(null, 'WALES')).toBe(false);
  });
});
