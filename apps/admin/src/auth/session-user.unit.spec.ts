import { decodeSessionUser, isExpired } from './session-user';

function tokenWith(payload: object): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'ES256', typ: 'JWT' })}.${encode(payload)}.signature`;
}

describe('decodeSessionUser', () => {
  it('reads who is signed in from the token’s claims', () => {
    const token = tokenWith({
      sub: 'nadia.national',
      name: 'Nadia National',
      nsf_role: 'NATIONAL',
      exp: 2_000_000_000,
    });
    expect(decodeSessionUser(token)).toEqual({
      username: 'nadia.national',
      name: 'Nadia National',
      role: 'NATIONAL',
      region: null,
      partnershipId: null,
      expiresAt: 2_000_000_000,
    });
  });

  it('keeps names that are not ASCII intact', () => {
    const token = tokenWith({ sub: 'sian', name: 'Siân Dŵr', nsf_role: 'REGIONAL_COORDINATOR', nsf_region: 'WALES' });
    expect(decodeSessionUser(token)).toMatchObject({ name: 'Siân Dŵr', region: 'WALES', partnershipId: null });
  });

  it('reads a lead’s partnership', () => {
    const token = tokenWith({
      sub: 'cerys.lead',
      nsf_role: 'PARTNERSHIP_LEAD',
      nsf_partnership_id: 'wales-cardiff-csp',
    });
    expect(decodeSessionUser(token)).toMatchObject({ role: 'PARTNERSHIP_LEAD', partnershipId: 'wales-cardiff-csp' });
  });

  it('falls back to preferred_username, then the username, when the token has no name', () => {
    const preferred = tokenWith({ sub: 'f3a9', preferred_username: 'auditor.one', nsf_role: 'AUDITOR' });
    expect(decodeSessionUser(preferred)?.name).toBe('auditor.one');
    expect(decodeSessionUser(tokenWith({ sub: 'auditor.one', nsf_role: 'AUDITOR' }))?.name).toBe('auditor.one');
  });

  it.each([
    ['not a JWT', 'not-a-token'],
    ['a payload that is not JSON', 'aGVhZGVy.bm90IGpzb24.sig'],
    ['an unknown role', tokenWith({ sub: 'x', nsf_role: 'SUPERUSER' })],
    ['the role under its old claim name', tokenWith({ sub: 'x', role: 'NATIONAL' })],
    ['no subject', tokenWith({ name: 'Nobody', nsf_role: 'NATIONAL' })],
  ])('refuses %s', (_case, token) => {
    expect(decodeSessionUser(token)).toBeNull();
  });
});

describe('isExpired', () => {
  const user = decodeSessionUser(tokenWith({ sub: 'a', nsf_role: 'AUDITOR', exp: 1_000 }));

  it('is expired from the second named in exp', () => {
    expect(user && isExpired(user, 1_000_000)).toBe(true);
    expect(user && isExpired(user, 999_999)).toBe(false);
  });

  it('never expires a token without exp', () => {
    const forever = decodeSessionUser(tokenWith({ sub: 'a', nsf_role: 'AUDITOR' }));
    expect(forever && isExpired(forever, Number.MAX_SAFE_INTEGER)).toBe(false);
  });
});
