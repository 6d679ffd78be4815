import type { Actor } from '@nsf/domain';
import { rowScopeSettings, type RowScope } from '@nsf/row-security';
import { rowScopeOf } from './row-scope-of';

const person = (role: Actor['role'], scope: Partial<Actor> = {}): Actor => ({
  username: 'someone',
  displayName: 'Someone',
  role,
  region: null,
  partnershipId: null,
  ...scope,
});

describe('the database scope of a caller', () => {
  it.each<[string, Actor | null, RowScope]>([
    ['the national team: everything, and may append', person('NATIONAL'), { kind: 'all', appends: true }],
    ['an auditor of every region: everything, read only', person('AUDITOR'), { kind: 'all', appends: false }],
    [
      'an auditor of some regions: those regions, read only',
      person('AUDITOR', { auditedRegions: ['WALES', 'LONDON'] }),
      { kind: 'regions', regions: ['WALES', 'LONDON'], appends: false },
    ],
    [
      'a coordinator: their region',
      person('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' }),
      { kind: 'regions', regions: ['NORTH_WEST'], appends: true },
    ],
    [
      'a partnership lead: their partnership',
      person('PARTNERSHIP_LEAD', { partnershipId: 'wales-cardiff-csp' }),
      { kind: 'partnership', partnershipId: 'wales-cardiff-csp', appends: true },
    ],
    [
      'a partnership member: their partnership',
      person('PARTNERSHIP_MEMBER', { partnershipId: 'wales-cardiff-csp' }),
      { kind: 'partnership', partnershipId: 'wales-cardiff-csp', appends: true },
    ],
    ['a caller without a token: only what is public', null, { kind: 'public' }],
    ['a coordinator without a region: only what is public', person('REGIONAL_COORDINATOR'), { kind: 'public' }],
    ['a lead without a partnership: only what is public', person('PARTNERSHIP_LEAD'), { kind: 'public' }],
    ['an auditor of an empty list: only what is public', person('AUDITOR', { auditedRegions: [] }), { kind: 'public' }],
  ])('%s', (_who, actor, expected) => {
    expect(rowScopeOf(actor)).toEqual(expected);
  });

  it('always makes a scope the database takes', () => {
    const settings = rowScopeSettings(rowScopeOf(person('REGIONAL_COORDINATOR', { region: 'WALES' })));
    expect(settings).toEqual({
      'nsf.scope_all': '',
      'nsf.scope_regions': 'WALES',
      'nsf.scope_partnership': '',
      'nsf.scope_appends': 'on',
    });
  });
});
