import { rowScopeSettings, type RowScope } from './row-scope';

const settings = (all: string, regions: string, partnership: string, appends: string) => ({
  'nsf.scope_all': all,
  'nsf.scope_regions': regions,
  'nsf.scope_partnership': partnership,
  'nsf.scope_appends': appends,
});

describe('the settings a row scope travels in', () => {
  it.each<[string, RowScope, ReturnType<typeof settings>]>([
    ['every tenant, appending', { kind: 'all', appends: true }, settings('on', '', '', 'on')],
    ['every tenant, read only', { kind: 'all', appends: false }, settings('on', '', '', '')],
    ['one region', { kind: 'regions', regions: ['NORTH_WEST'], appends: true }, settings('', 'NORTH_WEST', '', 'on')],
    [
      'several regions, in a stable order without repeats',
      { kind: 'regions', regions: ['WALES', 'LONDON', 'WALES'], appends: false },
      settings('', 'LONDON,WALES', '', ''),
    ],
    [
      'one partnership',
      { kind: 'partnership', partnershipId: 'north_west-allerdale-cdrp', appends: true },
      settings('', '', 'north_west-allerdale-cdrp', 'on'),
    ],
    ['nothing but what is public', { kind: 'public' }, settings('', '', '', '')],
  ])('carries %s', (_case, scope, expected) => {
    expect(rowScopeSettings(scope)).toEqual(expected);
  });

  it.each<[string, RowScope]>([
    ['no region', { kind: 'regions', regions: [], appends: false }],
    ['a region that would split the list', { kind: 'regions', regions: ['WALES,LONDON'], appends: false }],
    ['a lower-case region', { kind: 'regions', regions: ['wales'], appends: false }],
    ['an empty partnership', { kind: 'partnership', partnershipId: ' ', appends: true }],
  ])('refuses a scope with %s rather than guess at it', (_case, scope) => {
    expect(() => rowScopeSettings(scope)).toThrow();
  });
});
