// Signs in as one of the demo users by user name, e.g. nora.northwest or liam.lead.
import type { Page } from 'playwright-core';
import { devUsers, type DevUser } from './dev-users';
import { signInAs } from './sign-in';

export async function demoUser(username: string): Promise<DevUser> {
  const user = (await devUsers()).find((candidate) => candidate.username === username);
  if (!user) throw new Error(`GET /auth/dev-users lists no ${username}`);
  return user;
}

export async function signInAsDemoUser(page: Page, username: string): Promise<void> {
  await signInAs(page, await demoUser(username));
}
