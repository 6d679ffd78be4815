// Who is signed in, read from the JWT's payload. The signature is not checked here: the server
// verifies every request, and the browser only uses these claims to decide what to show.
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
  const { sub, name, role, region, partnershipId, exp } = payload;
  if (typeof sub !== 'string' || !isRole(role)) return null;
  return {
    username: sub,
    name: typeof name === 'string' && name.length > 0 ? name : sub,
    role,
    region: typeof region === 'string' ? region : null,
    partnershipId: typeof partnershipId === 'string' ? partnershipId : null,
    expiresAt: typeof exp === 'number' ? exp : null,
  };
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
