import type { SessionUser } from '../auth';
import { mayUseAuditArea } from './audit-access';

const someone = (role: SessionUser['role'], extra: Partial<SessionUser> = {}): SessionUser => ({
  username: 'someone',
  name: 'Someone',
  role,
  region: null,
  partnershipId: null,
  expiresAt: null,
  ...extra,
});

describe('who may use the audit area', () => {
  it('is open to auditors and the national team', () => {
    expect(mayUseAuditArea(someone('AUDITOR'))).toBe(true);
    expect(mayUseAuditArea(someone('NATIONAL'))).toBe(true);
  });

  it('is closed to coordinators, partnership people and anyone signed out', () => {
    expect(mayUseAuditArea(someone('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' }))).toBe(false);
    expect(mayUseAuditArea(someone('PARTNERSHIP_LEAD', { partnershipId: 'north_west-allerdale-cdrp' }))).toBe(false);
    expect(mayUseAuditArea(someone('PARTNERSHIP_MEMBER', { partnershipId: 'north_west-allerdale-cdrp' }))).toBe(false);
    expect(mayUseAuditArea(null)).toBe(false);
  });
});
