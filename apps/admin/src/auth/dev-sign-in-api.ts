// The API's development sign-in: a list of demo users and a token for one of them. Production
// answers 404 to both, which the sign-in screen reports as "not available".
import { isRole, type Role } from './roles';

export interface DevUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly region: string | null;
  readonly partnershipId: string | null;
}

export type DevSignInResult<T> =
  | { readonly outcome: 'ok'; readonly value: T }
  | { readonly outcome: 'unavailable' }
  | { readonly outcome: 'failed'; readonly status: number };

export async function fetchDevUsers(signal?: AbortSignal): Promise<DevSignInResult<readonly DevUser[]>> {
  const response = await fetch('/auth/dev-users', { headers: { accept: 'application/json' }, signal });
  if (response.status === 404) return { outcome: 'unavailable' };
  if (!response.ok) return { outcome: 'failed', status: response.status };
  const body: unknown = await response.json();
  const users = Array.isArray(body) ? body.filter(isDevUser) : [];
  return { outcome: 'ok', value: users };
}

export async function devLogin(username: string): Promise<DevSignInResult<string>> {
  const response = await fetch('/auth/dev-login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ username }),
  });
  if (response.status === 404) return { outcome: 'unavailable' };
  if (!response.ok) return { outcome: 'failed', status: response.status };
  const body = (await response.json()) as { token?: unknown };
  return typeof body.token === 'string'
    ? { outcome: 'ok', value: body.token }
    : { outcome: 'failed', status: response.status };
}

function isDevUser(value: unknown): value is DevUser {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate['username'] === 'string' &&
    typeof candidate['displayName'] === 'string' &&
    isRole(candidate['role'])
  );
}
