import type { Actor } from '@nsf/domain';
import { actorFromClaims, claimsFor } from './token-claims';

const coordinator: Actor = {
  username: 'gwen.wales',
  displayName: 'Gwen Davies',
  role: 'REGIONAL_COORDINATOR',
  region: 'WALES',
  partnershipId: null,
};
const lead: Actor = {
  username: 'cerys.lead',
  displayName: 'Cerys Price',
  role: 'PARTNERSHIP_LEAD',
  region: null,
  partnershipId: 'wales-cardiff-csp',
};
const auditor: Actor = {
  username: 'aisha.auditor',
  displayName: 'Aisha Rahman',
  role: 'AUDITOR',
  region: null,
  partnershipId: null,
};

const auditorOfRegions: Actor = { ...auditor, username: 'rhys.auditor', auditedRegions: ['WALES', 'LONDON'] };

describe('token claims', () => {
  it.each([coordinator, lead, auditor, auditorOfRegions])(
    'round-trips $username through the claims an issuer writes',
    (actor) => {
      expect(actorFromClaims({ sub: actor.username, ...claimsFor(actor) })).toEqual(actor);
    },
  );

  it('names the claims plainly', () => {
    expect(claimsFor(coordinator)).toEqual({
      name: 'Gwen Davies',
      nsf_role: 'REGIONAL_COORDINATOR',
      nsf_region: 'WALES',
    });
    expect(claimsFor(lead)).toEqual({
      name: 'Cerys Price',
      nsf_role: 'PARTNERSHIP_LEAD',
      nsf_partnership_id: 'wales-cardiff-csp',
    });
    expect(claimsFor(auditorOfRegions)).toEqual({
      name: 'Aisha Rahman',
      nsf_role: 'AUDITOR',
      nsf_regions: ['WALES', 'LONDON'],
    });
  });

  it('limits an auditor to the regions the token names, each once', () => {
    expect(actorFromClaims({ sub: 'rhys', nsf_role: 'AUDITOR', nsf_regions: ['WALES', 'LONDON', 'WALES'] })).toEqual({
      username: 'rhys',
      displayName: 'rhys',
      role: 'AUDITOR',
      region: null,
      partnershipId: null,
      auditedRegions: ['WALES', 'LONDON'],
    });
    expect(actorFromClaims({ sub: 'aisha', nsf_role: 'AUDITOR' })).not.toHaveProperty('auditedRegions');
  });

  it('takes the display name from name, then preferred_username, then sub', () => {
    const base = { sub: 'f3a9-77', nsf_role: 'NATIONAL' };
    expect(actorFromClaims({ ...base, name: 'Nadia Okafor', preferred_username: 'nadia' })?.displayName).toBe(
      'Nadia Okafor',
    );
    expect(actorFromClaims({ ...base, preferred_username: 'nadia' })).toMatchObject({
      username: 'f3a9-77',
      displayName: 'nadia',
    });
    expect(actorFromClaims(base)?.displayName).toBe('f3a9-77');
  });

  it.each([
    ['no subject', { nsf_role: 'NATIONAL' }],
    ['an empty subject', { sub: ' ', nsf_role: 'NATIONAL' }],
    ['no role', { sub: 'someone' }],
    ['a role that is not ours', { sub: 'someone', nsf_role: 'ROOT' }],
    ['a coordinator without a region', { sub: 'nora', nsf_role: 'REGIONAL_COORDINATOR' }],
    ['a coordinator of an unknown region', { sub: 'nora', nsf_role: 'REGIONAL_COORDINATOR', nsf_region: 'MARS' }],
    ['a member without a partnership', { sub: 'maya', nsf_role: 'PARTNERSHIP_MEMBER' }],
    [
      'a lead who also claims a region',
      { sub: 'liam', nsf_role: 'PARTNERSHIP_LEAD', nsf_partnership_id: 'p', nsf_region: 'WALES' },
    ],
    ['a national user with a region', { sub: 'nadia', nsf_role: 'NATIONAL', nsf_region: 'WALES' }],
    ['an auditor limited to no region at all', { sub: 'aisha', nsf_role: 'AUDITOR', nsf_regions: [] }],
    ['an auditor limited to an unknown region', { sub: 'aisha', nsf_role: 'AUDITOR', nsf_regions: ['WALES', 'MARS'] }],
    ['an auditor whose regions are not a list', { sub: 'aisha', nsf_role: 'AUDITOR', nsf_regions: 'WALES' }],
    ['an auditor with a coordinator’s region', { sub: 'aisha', nsf_role: 'AUDITOR', nsf_region: 'WALES' }],
    ['a national user limited to regions', { sub: 'nadia', nsf_role: 'NATIONAL', nsf_regions: ['WALES'] }],
    [
      'a coordinator who also claims audited regions',
      { sub: 'nora', nsf_role: 'REGIONAL_COORDINATOR', nsf_region: 'WALES', nsf_regions: ['WALES'] },
    ],
  ])('makes no actor from %s', (_case, claims) => {
    expect(actorFromClaims(claims)).toBeNull();
  });
});
