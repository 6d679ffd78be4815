import { SignJWT, jwtVerify } from 'jose';
import { isRegionCode, isRole, type Actor } from '@nsf/domain';

const ISSUER = 'nsf-platform';
const AUDIENCE = 'nsf-platform';
const LIFETIME_SECONDS = 8 * 60 * 60;

/**
 * Bearer tokens for the platform: JWTs (HS256) signed and verified with a key the server holds.
 * Signing in through an OpenID Connect provider replaces the issuing side later; the claims
 * (sub, name, role, region, partnershipId) stay the same.
 */
export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('the token signing secret must be at least 32 characters');
    this.key = new TextEncoder().encode(secret);
  }

  issue(actor: Actor, now: Date = new Date()): Promise<string> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    return (
      new SignJWT({
        name: actor.displayName,
        role: actor.role,
        region: actor.region,
        partnershipId: actor.partnershipId,
      })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(actor.username)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(issuedAt)
        // Absolute, from the issue time: a relative '8h' would count from the wall clock instead.
        .setExpirationTime(issuedAt + LIFETIME_SECONDS)
        .sign(this.key)
    );
  }

  /** The actor a token speaks for, or null when it is missing, forged, expired or malformed. */
  async verify(token: string): Promise<Actor | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      const { sub, name, role, region, partnershipId } = payload as Record<string, unknown>;
      if (typeof sub !== 'string' || typeof name !== 'string' || !isRole(role)) return null;
      return {
        username: sub,
        displayName: name,
        role,
        region: typeof region === 'string' && isRegionCode(region) ? region : null,
        partnershipId: typeof partnershipId === 'string' ? partnershipId : null,
      };
    } catch {
      return null;
    }
  }
}
