import {
  SignJWT,
  calculateJwkThumbprint,
  createLocalJWKSet,
  importJWK,
  type JWK,
  type JSONWebKeySet,
  type KeyLike,
} from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import type { Actor } from '@nsf/domain';
import { AccessTokenVerifier } from './access-token-verifier';
import { claimsFor } from './token-claims';

const ALGORITHM = 'ES256';
const LIFETIME_SECONDS = 8 * 60 * 60;

/**
 * The platform as its own token issuer, for the embedded default and development: one ES256 key
 * pair, whose public half is published as a JWKS and verified through the same AccessTokenVerifier
 * as an external identity provider's tokens. Never used in production (see PlatformConfig).
 */
export class LocalTokenIssuer {
  private constructor(
    private readonly privateKey: KeyLike | Uint8Array,
    private readonly publicJwk: JWK & { kid: string },
    readonly issuer: string,
    readonly audience: string,
  ) {}

  /** A fresh P-256 private key as a JWK, for storing. */
  static generatePrivateJwk(): JWK {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    return privateKey.export({ format: 'jwk' }) as JWK;
  }

  static async fromPrivateJwk(privateJwk: JWK, issuer: string, audience: string): Promise<LocalTokenIssuer> {
    const { kty, crv, x, y } = privateJwk;
    if (kty !== 'EC' || crv !== 'P-256' || !x || !y || !privateJwk.d) {
      throw new Error('the local signing key must be a P-256 (ES256) private key');
    }
    // The kid is the key's own thumbprint: stable across restarts, different for every new key.
    const kid = await calculateJwkThumbprint({ kty, crv, x, y });
    const publicJwk = { kty, crv, x, y, kid, alg: ALGORITHM, use: 'sig' };
    return new LocalTokenIssuer(await importJWK(privateJwk, ALGORITHM), publicJwk, issuer, audience);
  }

  /** An in-memory issuer with a new key, for tests. */
  static generate(issuer: string, audience: string): Promise<LocalTokenIssuer> {
    return LocalTokenIssuer.fromPrivateJwk(LocalTokenIssuer.generatePrivateJwk(), issuer, audience);
  }

  /** What `GET /auth/jwks.json` serves: the public key only. */
  jwks(): JSONWebKeySet {
    return { keys: [{ ...this.publicJwk }] };
  }

  verifier(): AccessTokenVerifier {
    return new AccessTokenVerifier({
      issuer: this.issuer,
      audience: this.audience,
      keys: createLocalJWKSet(this.jwks()),
    });
  }

  issue(actor: Actor, now: Date = new Date()): Promise<string> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    return (
      new SignJWT(claimsFor(actor))
        .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT', kid: this.publicJwk.kid })
        .setSubject(actor.username)
        .setIssuer(this.issuer)
        .setAudience(this.audience)
        .setIssuedAt(issuedAt)
        .setNotBefore(issuedAt)
        // Absolute, from the issue time: a relative '8h' would count from the wall clock instead.
        .setExpirationTime(issuedAt + LIFETIME_SECONDS)
        .sign(this.privateKey)
    );
  }
}
