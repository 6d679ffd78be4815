import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, type JWTVerifyGetKey } from 'jose';
import { AccessTokenVerifier } from './access-token-verifier';

const ISSUER = 'https://id.example.gov.uk/realms/nsf';
const AUDIENCE = 'nsf-platform';

describe('the access token verifier remembering tokens it verified', () => {
  let sign: (options?: { expiresInSeconds?: number; tamper?: boolean }) => Promise<string>;
  let keyLookups: number;
  let clock: number;
  let verifier: AccessTokenVerifier;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' }] });
    // Each signature check looks the key up once: the count says how many checks were made.
    const counted: JWTVerifyGetKey = (header, token) => {
      keyLookups += 1;
      return jwks(header, token);
    };
    sign = async ({ expiresInSeconds = 300, tamper = false } = {}) => {
      const now = Math.floor(Date.now() / 1000);
      const jwt = await new SignJWT({ nsf_role: 'REGIONAL_COORDINATOR', nsf_region: 'NORTH_WEST', name: 'Nora' })
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setSubject('nora.northwest')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(now)
        .setExpirationTime(now + expiresInSeconds)
        .sign(privateKey);
      if (!tamper) return jwt;
      const [header, , signature] = jwt.split('.');
      const payload = Buffer.from(JSON.stringify({ sub: 'nadia.national', nsf_role: 'NATIONAL' })).toString(
        'base64url',
      );
      return `${header}.${payload}.${signature}`;
    };
    verifier = new AccessTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, keys: counted }, () => clock);
  });

  beforeEach(() => {
    keyLookups = 0;
    clock = Date.now();
  });

  it('checks a token’s signature once, then answers with the same actor without checking again', async () => {
    const token = await sign();
    const first = await verifier.verify(token);
    const second = await verifier.verify(token);
    expect(first).toMatchObject({ username: 'nora.northwest', role: 'REGIONAL_COORDINATOR', region: 'NORTH_WEST' });
    expect(second).toEqual(first);
    expect(keyLookups).toBe(1);
  });

  it('checks again once a minute has passed', async () => {
    const token = await sign();
    await verifier.verify(token);
    clock += 59_000;
    await verifier.verify(token);
    expect(keyLookups).toBe(1);
    clock += 2_000;
    expect(await verifier.verify(token)).not.toBeNull();
    expect(keyLookups).toBe(2);
  });

  it('does not remember a token past its expiry (with the clock tolerance jose allows)', async () => {
    const token = await sign({ expiresInSeconds: 5 });
    await verifier.verify(token);
    clock += 34_000;
    await verifier.verify(token);
    expect(keyLookups).toBe(1);
    clock += 2_000;
    await verifier.verify(token);
    expect(keyLookups).toBe(2);
  });

  it('remembers no refusal: a forged token is checked, and refused, every time', async () => {
    const forged = await sign({ tamper: true });
    expect(await verifier.verify(forged)).toBeNull();
    expect(await verifier.verify(forged)).toBeNull();
    expect(keyLookups).toBe(2);
  });
});
