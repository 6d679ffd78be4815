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

/**
 * How long a token, once verified, is taken without checking its signature again: well under
 * the time jose itself keeps a fetched key set (ten minutes), so remembering adds no trust in a
 * removed key that jose would not already give.
 */
const REMEMBER_VERIFIED_MS = 60_000;
/** Tokens remembered at most; the oldest is forgotten first. */
const MAX_REMEMBERED = 10_000;

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
  private readonly verified = new Map<string, { actor: Actor; until: number }>();

  constructor(
    private readonly trust: TokenTrust,
    private readonly now: () => number = Date.now,
  ) {}

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
    // A signature check is most of what a small request costs; a client sends the same token many times.
    const remembered = this.verified.get(token);
    if (remembered && this.now() < remembered.until) return remembered.actor;
    this.verified.delete(token);
    try {
      const { payload } = await jwtVerify(token, this.trust.keys, {
        algorithms: ACCEPTED_ALGORITHMS,
        issuer: this.trust.issuer,
        audience: this.trust.audience,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      const actor = actorFromClaims(payload);
      if (actor) this.remember(token, actor, payload.exp as number);
      return actor;
    } catch {
      // Every failure means the same to the caller: no valid token. Which check failed is not theirs to learn.
      return null;
    }
  }

  /** Until the token expires (with the same tolerance jose allows) or for a minute, whichever is sooner. */
  private remember(token: string, actor: Actor, expiresAtSeconds: number): void {
    if (this.verified.size >= MAX_REMEMBERED) this.verified.delete(this.verified.keys().next().value as string);
    const until = Math.min((expiresAtSeconds + CLOCK_TOLERANCE_SECONDS) * 1000, this.now() + REMEMBER_VERIFIED_MS);
    this.verified.set(token, { actor, until });
  }
}
