import { SignJWT, UnsecuredJWT, exportJWK, exportSPKI, generateKeyPair, type JWK, type KeyLike } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AccessTokenVerifier } from './access-token-verifier';

const ISSUER = 'https://id.example.gov.uk/realms/nsf';
const AUDIENCE = 'nsf-platform';
const NORA = {
  name: 'Nora Whitfield',
  nsf_role: 'REGIONAL_COORDINATOR',
  nsf_region: 'NORTH_WEST',
};
const noraActor = {
  username: 'nora.northwest',
  displayName: 'Nora Whitfield',
  role: 'REGIONAL_COORDINATOR',
  region: 'NORTH_WEST',
  partnershipId: null,
};

interface SigningKey {
  readonly kid: string;
  readonly alg: string;
  readonly privateKey: KeyLike;
  readonly publicJwk: JWK;
  readonly publicPem: string;
}

async function signingKey(kid: string, alg: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { crv: alg === 'EdDSA' ? 'Ed25519' : undefined });
  return {
    kid,
    alg,
    privateKey,
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' },
    publicPem: await exportSPKI(publicKey),
  };
}

/** A token as an identity provider would issue it, with any part overridable to play an attacker. */
function token(
  key: SigningKey,
  options: { iss?: string; aud?: string; exp?: number; nbf?: number; kid?: string; claims?: object } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ ...NORA, ...options.claims })
    .setProtectedHeader({ alg: key.alg, typ: 'JWT', kid: options.kid ?? key.kid })
    .setSubject('nora.northwest')
    .setIssuer(options.iss ?? ISSUER)
    .setAudience(options.aud ?? AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(options.exp ?? now + 300);
  if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
  return jwt.sign(key.privateKey);
}

/** The identity provider's JWKS endpoint: a real HTTP server whose key list the tests change. */
class JwksServer {
  keys: JWK[] = [];
  fetches = 0;
  private readonly server: Server = createServer((_request, response) => {
    this.fetches += 1;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: this.keys }));
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/realms/nsf/certs`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('the access token verifier, against a JWKS served over HTTP', () => {
  const jwks = new JwksServer();
  let verifier: AccessTokenVerifier;
  let current: SigningKey;
  let outsider: SigningKey;

  beforeAll(async () => {
    const jwksUrl = await jwks.start();
    current = await signingKey('key-2026-11', 'RS256');
    outsider = await signingKey('key-of-someone-else', 'RS256');
    jwks.keys = [current.publicJwk];
    // No cooldown, so each test that needs a fresh fetch of the set gets one.
    verifier = AccessTokenVerifier.forJwks({ jwksUrl, issuer: ISSUER, audience: AUDIENCE, cooldownMs: 0 });
  });
  afterAll(() => jwks.stop());

  it('accepts a good token as the actor its claims describe', async () => {
    expect(await verifier.verify(await token(current))).toEqual(noraActor);
  });

  it.each(['PS256', 'ES256', 'EdDSA'])('accepts a token signed with %s', async (alg) => {
    const key = await signingKey(`key-${alg}`, alg);
    jwks.keys = [current.publicJwk, key.publicJwk];
    expect(await verifier.verify(await token(key))).toEqual(noraActor);
  });

  it('accepts a token from a rotated key: a new kid in the JWKS is fetched when first seen', async () => {
    expect(await verifier.verify(await token(current))).toEqual(noraActor);
    const rotated = await signingKey('key-2026-12', 'ES256');
    jwks.keys = [current.publicJwk, rotated.publicJwk];
    const fetchesBefore = jwks.fetches;
    expect(await verifier.verify(await token(rotated))).toEqual(noraActor);
    expect(jwks.fetches).toBe(fetchesBefore + 1);
  });

  it('rejects an unsigned token (alg: none)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const unsigned = new UnsecuredJWT(NORA)
      .setSubject('nora.northwest')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime(now + 300)
      .encode();
    expect(await verifier.verify(unsigned)).toBeNull();
  });

  it('rejects a token signed HS256 with the public key used as the secret', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const secret of [current.publicPem, JSON.stringify(current.publicJwk)]) {
      const forged = await new SignJWT(NORA)
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: current.kid })
        .setSubject('nora.northwest')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime(now + 300)
        .sign(new TextEncoder().encode(secret));
      expect(await verifier.verify(forged)).toBeNull();
    }
  });

  it('rejects an expired token', async () => {
    const anHourAgo = Math.floor(Date.now() / 1000) - 3600;
    expect(await verifier.verify(await token(current, { exp: anHourAgo }))).toBeNull();
  });

  it('rejects a token that is not valid yet (nbf in the future)', async () => {
    const inAnHour = Math.floor(Date.now() / 1000) + 3600;
    expect(await verifier.verify(await token(current, { nbf: inAnHour, exp: inAnHour + 300 }))).toBeNull();
  });

  it('rejects a token from another issuer', async () => {
    expect(await verifier.verify(await token(current, { iss: 'https://id.example.com/evil' }))).toBeNull();
  });

  it('rejects a token for another audience', async () => {
    expect(await verifier.verify(await token(current, { aud: 'another-service' }))).toBeNull();
  });

  it('rejects a token whose kid is not in the JWKS, even after fetching the set again', async () => {
    const fetchesBefore = jwks.fetches;
    expect(await verifier.verify(await token(outsider))).toBeNull();
    expect(jwks.fetches).toBe(fetchesBefore + 1);
  });

  it('rejects a token signed by another key under a kid the JWKS knows', async () => {
    expect(await verifier.verify(await token(outsider, { kid: current.kid }))).toBeNull();
  });

  it('rejects a token whose payload was altered after signing', async () => {
    const [header, payload, signature] = (await token(current)).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const altered = Buffer.from(JSON.stringify({ ...claims, nsf_role: 'NATIONAL', nsf_region: null })).toString(
      'base64url',
    );
    expect(await verifier.verify(`${header}.${altered}.${signature}`)).toBeNull();
  });

  it('rejects a well-signed token whose claims make no valid actor', async () => {
    expect(await verifier.verify(await token(current, { claims: { nsf_role: 'ROOT' } }))).toBeNull();
    expect(await verifier.verify(await token(current, { claims: { nsf_region: undefined } }))).toBeNull();
  });

  it('rejects what is not a token at all', async () => {
    expect(await verifier.verify('')).toBeNull();
    expect(await verifier.verify('not.a.token')).toBeNull();
  });
});
