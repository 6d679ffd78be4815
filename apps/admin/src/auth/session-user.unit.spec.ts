import { decodeSessionUser, isExpired } from './session-user';

function tokenWith(payload: object): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.signature`;
}

describe('decodeSessionUser', () => {
  it('reads who is signed in from the token’s claims', () => {
    const token = tokenWith({
      sub: 'nadia.national',
      name: 'Nadia National',
      role: 'NATIONAL',
      region: null,
      partnershipId: null,
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
    const token = tokenWith({ sub: 'sian', name: 'Siân Dŵr', role: 'REGIONAL_COORDINATOR', region: 'WALES' });
    expect(decodeSessionUser(token)?.name).toBe('Siân Dŵr');
  });

  it('falls back to the username when the token has no name', () => {
    expect(decodeSessionUser(tokenWith({ sub: 'auditor.one', role: 'AUDITOR' }))?.name).toBe('auditor.one');
  });

  it.each([
    ['not a JWT', 'not-a-token'],
    ['a payload that is not JSON', 'aGVhZGVy.bm90IGpzb24.sig'],
    ['an unknown role', tokenWith({ sub: 'x', role: 'SUPERUSER' })],
    ['no subject', tokenWith({ name: 'Nobody', role: 'NATIONAL' })],
  ])('refuses %s', (_case, token) => {
    expect(decodeSessionUser(token)).toBeNull();
  });
});

describe('isExpired', () => {
  const user = decodeSessionUser(tokenWith({ sub: 'a', role: 'AUDITOR', exp: 1_000 }));

  it('is expired from the second named in exp', () => {
    expect(user && isExpired(user, 1_000_000)).toBe(true);
    expect(user && isExpired(user, 999_999)).toBe(false);
  });

  it('never expires a token without exp', () => {
    const forever = decodeSessionUser(tokenWith({ sub: 'a', role: 'AUDITOR' }));
    expect(forever && isExpired(forever, Number.MAX_SAFE_INTEGER)).toBe(false);
  });
});
