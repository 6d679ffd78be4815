// The demo users the API's development sign-in offers, read the way the sign-in page reads them.
import { baseUrl } from './workspace';

export interface DevUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: string;
  readonly region: string | null;
  readonly partnershipId: string | null;
}

export async function devUsers(): Promise<readonly DevUser[]> {
  const response = await fetch(`${baseUrl()}/auth/dev-users`);
  if (!response.ok) throw new Error(`GET /auth/dev-users answered ${response.status}`);
  return (await response.json()) as DevUser[];
}

/** The national demo user: the first NATIONAL one the API lists (nadia.national in the seed). */
export async function nationalUser(): Promise<DevUser> {
  const national = (await devUsers()).find((user) => user.role === 'NATIONAL');
  if (!national) throw new Error('GET /auth/dev-users lists no NATIONAL user');
  return national;
}
