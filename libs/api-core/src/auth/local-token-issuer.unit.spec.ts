import { decodeProtectedHeader } from 'jose';
import type { Actor } from '@nsf/domain';
import { LocalTokenIssuer } from './local-token-issuer';

const nadia: Actor = {
  username: 'nadia.national',
  displayName: 'Nadia Okafor',
  role: 'NATIONAL',
  region: null,
  partnershipId: null,
};

describe('the local token issuer', () => {
  it('issues ES256 tokens with its kid, which its own verifier accepts', async () => {
    const issuer = await LocalTokenIssuer.generate('nsf-platform-local', 'nsf-platform');
    const token = await issuer.issue(nadia);
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'ES256', kid: issuer.jwks().keys[0].kid });
    expect(await issuer.verifier().verify(token)).toEqual(nadia);
  });

  it('publishes the public key only', async () => {
    const issuer = await LocalTokenIssuer.generate('nsf-platform-local', 'nsf-platform');
    const [key] = issuer.jwks().keys;
    expect(Object.keys(key).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x', 'y']);
  });

  it('keeps its kid for the same stored key, and another key is not trusted', async () => {
    const stored = LocalTokenIssuer.generatePrivateJwk();
    const first = await LocalTokenIssuer.fromPrivateJwk(stored, 'nsf-platform-local', 'nsf-platform');
    const again = await LocalTokenIssuer.fromPrivateJwk(stored, 'nsf-platform-local', 'nsf-platform');
    const other = await LocalTokenIssuer.generate('nsf-platform-local', 'nsf-platform');
    expect(again.jwks()).toEqual(first.jwks());
    expect(await again.verifier().verify(await first.issue(nadia))).toEqual(nadia);
    expect(await other.verifier().verify(await first.issue(nadia))).toBeNull();
  });

  it('refuses a key that is not a P-256 private key', async () => {
    const { d: _private, ...publicOnly } = LocalTokenIssuer.generatePrivateJwk();
    await expect(LocalTokenIssuer.fromPrivateJwk(publicOnly, 'i', 'a')).rejects.toThrow(/P-256/);
  });
});
