import { SignJWT, UnsecuredJWT } from 'jose';
import type { Actor } from '@nsf/domain';
import { AccessTokens } from './access-tokens';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const nadia: Actor = {
  username: 'nadia.national',
  displayName: 'Nadia Okafor',
  role: 'NATIONAL',
  region: null,
  partnershipId: null,
};
const key = new TextEncoder().encode(SECRET);
const claims = { name: 'Nadia Okafor', role: 'NATIONAL', region: null, partnershipId: null };

describe('access tokens', () => {
  const tokens = new AccessTokens(SECRET);

  it('verifies a token it issued as the same actor', async () => {
    expect(await tokens.verify(await tokens.issue(nadia))).toEqual(nadia);
  });

  it('refuses a secret too short to be safe', () => {
    expect(() => new AccessTokens('short')).toThrow(/32 characters/);
  });

  it('rejects a token signed with another key', async () => {
    const other = new AccessTokens('another-secret-that-is-long-enough-too');
    expect(await tokens.verify(await other.issue(nadia))).toBeNull();
  });

  it('rejects an unsigned token (alg: none)', async () => {
    const unsigned = new UnsecuredJWT(claims)
      .setSubject('nadia.national')
      .setIssuer('nsf-platform')
      .setAudience('nsf-platform')
      .setExpirationTime('1h')
      .encode();
    expect(await tokens.verify(unsigned)).toBeNull();
  });

  it('rejects an expired token', async () => {
    const issuedLongAgo = await tokens.issue(nadia, new Date('2009-04-01T08:00:00Z'));
    expect(await tokens.verify(issuedLongAgo)).toBeNull();
  });

  it('rejects a token whose payload was altered after signing', async () => {
    const [header, , signature] = (await tokens.issue(nadia)).split('.');
    const payload = Buffer.from(
      JSON.stringify({ ...claims, sub: 'mallory', iss: 'nsf-platform', aud: 'nsf-platform', exp: 4102444800 }),
    ).toString('base64url');
    expect(await tokens.verify(`${header}.${payload}.${signature}`)).toBeNull();
  });

  it.each([
    ['another issuer', { iss: 'someone-else', aud: 'nsf-platform' }],
    ['another audience', { iss: 'nsf-platform', aud: 'someone-else' }],
  ])('rejects a token for %s', async (_case, { iss, aud }) => {
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('nadia.national')
      .setIssuer(iss)
      .setAudience(aud)
      .setExpirationTime('1h')
      .sign(key);
    expect(await tokens.verify(token)).toBeNull();
  });

  it('rejects a well-signed token whose role is not one of ours', async () => {
    const token = await new SignJWT({ ...claims, role: 'ROOT' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('nadia.national')
      .setIssuer('nsf-platform')
      .setAudience('nsf-platform')
      .setExpirationTime('1h')
      .sign(key);
    expect(await tokens.verify(token)).toBeNull();
  });

  it('rejects what is not a token at all', async () => {
    expect(await tokens.verify('')).toBeNull();
    expect(await tokens.verify('not.a.token')).toBeNull();
  });
});
