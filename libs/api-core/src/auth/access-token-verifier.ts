import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Actor } from '@nsf/domain';
import { actorFromClaims } from './token-claims';

/**
 * Only asymmetric signatures: the verifier holds public keys alone, so a token signed with a
 * shared secret (HS*) — or with the public key used as one — or not signed at all is refused
 * before any key is looked at.
 */
export const ACCEPTED_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

/** Clocks of the issuer and this server may disagree a little; more than this is an error. */
const CLOCK_TOLERANCE_SECONDS = 30;

/** Whom the platform trusts to say who a caller is. */
export interface TokenTrust {
  readonly issuer: string;
  readonly audience: string;
  /** The issuer's public keys, looked up by the token's `kid`. */
  readonly keys: JWTVerifyGetKey;
}

/**
 * Turns a bearer token into the actor it speaks for. Every token takes the same path — one from
 * an external identity provider or from the platform's own development issuer — differing only
 * in the key set and the expected issuer and audience.
 */
export class AccessTokenVerifier {
  constructor(private readonly trust: TokenTrust) {}

  /**
   * Trusts the issuer that publishes its keys at `jwksUrl`. A token whose `kid` is not in the
   * cached set makes jose fetch the set again (at most once per `cooldownMs`), so an issuer can
   * rotate its keys without a restart here.
   */
  static forJwks(options: { jwksUrl: string; issuer: string; audience: string; cooldownMs?: number }) {
    const keys = createRemoteJWKSet(new URL(options.jwksUrl), {
      cooldownDuration: options.cooldownMs ?? 30_000,
      timeoutDuration: 5_000,
    });
    return new AccessTokenVerifier({ issuer: options.issuer, audience: options.audience, keys });
  }

  /** The actor a token speaks for, or null when it is missing, forged, expired, or names no valid actor. */
  async verify(token: string): Promise<Actor | null> {
    if (!token) return null;
    try {
      const { payload } = await jwtVerify(token, this.trust.keys, {
        algorithms: ACCEPTED_ALGORITHMS,
        issuer: this.trust.issuer,
        audience: this.trust.audience,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      return actorFromClaims(payload);
    } catch {
      // Every failure means the same to the caller: no valid token. Which check failed is not theirs to learn.
      return null;
    }
  }
}
