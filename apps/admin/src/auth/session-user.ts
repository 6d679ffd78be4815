// Who is signed in, read from the JWT's payload. The signature is not checked here: the server
// verifies every request, and the browser only uses these claims to decide what to show. The
// claim names are the server's (libs/api-core/src/auth/token-claims.ts): sub, name, nsf_role,
// nsf_region, nsf_partnership_id.
import { isRole, type Role } from './roles';

export interface SessionUser {
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  readonly region: string | null;
  readonly partnershipId: string | null;
  /** Seconds since the epoch, when the token carries `exp`. */
  readonly expiresAt: number | null;
}

export function decodeSessionUser(token: string): SessionUser | null {
  const payload = decodeJwtPayload(token);
  if (!payload) return null;
  const { sub, name, preferred_username: preferredUsername, exp } = payload;
  const role = payload['nsf_role'];
  const region = payload['nsf_region'];
  const partnershipId = payload['nsf_partnership_id'];
  if (typeof sub !== 'string' || !isRole(role)) return null;
  return {
    username: sub,
    name: nonEmpty(name) ?? nonEmpty(preferredUsername) ?? sub,
    role,
    region: typeof region === 'string' ? region : null,
    partnershipId: typeof partnershipId === 'string' ? partnershipId : null,
    expiresAt: typeof exp === 'number' ? exp : null,
  };
}

function nonEmpty(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export function isExpired(user: SessionUser, nowMs: number): boolean {
  return user.expiresAt !== null && user.expiresAt * 1000 <= nowMs;
}

function decodeJwtPayload(token: string): Record<string, unknown> | null {
  const segment = token.split('.')[1];
  if (!segment) return null;
  try {
    const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    // atob yields one char per byte; names may be UTF-8 (e.g. Welsh diacritics), so decode bytes.
    const bytes = Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
