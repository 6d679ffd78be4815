import type { Actor, Role } from '../access/roles';
import type { RegionCode } from '../geography/regions';
import { isRecordedRead, mayReadHistory, type HistoryOwner } from './history-access';

const actor = (role: Role, scope: { region?: RegionCode; partnershipId?: string } = {}): Actor => ({
  username: 'someone',
  displayName: 'Someone',
  role,
  region: scope.region ?? null,
  partnershipId: scope.partnershipId ?? null,
});

const auditorOf = (...auditedRegions: RegionCode[]): Actor => ({ ...actor('AUDITOR'), auditedRegions });

const ALLERDALE: HistoryOwner = {
  kind: 'partnership',
  partnershipId: 'north_west-allerdale-cdrp',
  region: 'NORTH_WEST',
};
const PLATFORM: HistoryOwner = { kind: 'platform', tenantId: 'platform' };

describe('who may read a history', () => {
  describe('when it is a partnership’s', () => {
    it.each([
      ['the national team', true, actor('NATIONAL')],
      ['an auditor', true, actor('AUDITOR')],
      ['an auditor of its region', true, auditorOf('NORTH_WEST')],
      ['an auditor of other regions', false, auditorOf('WALES')],
      ['the region’s coordinator', true, actor('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' })],
      ['another region’s coordinator', false, actor('REGIONAL_COORDINATOR', { region: 'WALES' })],
      ['the partnership’s lead', true, actor('PARTNERSHIP_LEAD', { partnershipId: 'north_west-allerdale-cdrp' })],
      ['the partnership’s member', true, actor('PARTNERSHIP_MEMBER', { partnershipId: 'north_west-allerdale-cdrp' })],
      ['another partnership’s lead', false, actor('PARTNERSHIP_LEAD', { partnershipId: 'wales-cardiff-csp' })],
      ['another partnership’s member', false, actor('PARTNERSHIP_MEMBER', { partnershipId: 'wales-cardiff-csp' })],
    ])('%s: %s', (_who, expected, who) => {
      expect(mayReadHistory(who, ALLERDALE)).toBe(expected);
    });
  });

  describe('when it is the platform’s own', () => {
    it.each([
      ['the national team', true, actor('NATIONAL')],
      ['an auditor', true, actor('AUDITOR')],
      ['an auditor of some regions, which it is in none of', false, auditorOf('NORTH_WEST', 'WALES')],
      ['a coordinator', false, actor('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' })],
      ['a partnership’s lead', false, actor('PARTNERSHIP_LEAD', { partnershipId: 'north_west-allerdale-cdrp' })],
      ['a partnership’s member', false, actor('PARTNERSHIP_MEMBER', { partnershipId: 'north_west-allerdale-cdrp' })],
    ])('%s: %s', (_who, expected, who) => {
      expect(mayReadHistory(who, PLATFORM)).toBe(expected);
    });
  });
});

describe('whose reads are recorded', () => {
  it('records an auditor’s reads and nobody else’s', () => {
    expect(isRecordedRead(actor('AUDITOR'))).toBe(true);
    expect(isRecordedRead(auditorOf('WALES'))).toBe(true);
    expect(isRecordedRead(actor('NATIONAL'))).toBe(false);
    expect(isRecordedRead(actor('REGIONAL_COORDINATOR', { region: 'WALES' }))).toBe(false);
    expect(isRecordedRead(actor('PARTNERSHIP_LEAD', { partnershipId: 'wales-cardiff-csp' }))).toBe(false);
  });
});
