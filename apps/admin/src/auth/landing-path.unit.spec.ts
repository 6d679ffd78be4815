import { landingPath } from './landing-path';
import type { SessionUser } from './session-user';

const user = (role: SessionUser['role']): SessionUser => ({
  username: 'someone',
  name: 'Someone',
  role,
  region: null,
  partnershipId: null,
  expiresAt: null,
});

describe('where signing in leads', () => {
  it('takes coordinators, the national team and auditors to the overview', () => {
    expect(landingPath(user('REGIONAL_COORDINATOR'))).toBe('/overview');
    expect(landingPath(user('NATIONAL'))).toBe('/overview');
    expect(landingPath(user('AUDITOR'))).toBe('/overview');
  });

  it('takes partnership leads and members to the partnerships list', () => {
    expect(landingPath(user('PARTNERSHIP_LEAD'))).toBe('/');
    expect(landingPath(user('PARTNERSHIP_MEMBER'))).toBe('/');
  });
});
