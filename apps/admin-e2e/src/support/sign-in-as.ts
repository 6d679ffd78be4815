// Signs in as one of the demo users by user name, e.g. nora.northwest or liam.lead.
import type { Page } from 'playwright-core';
import { devUsers } from './dev-users';
import { signInAs } from './sign-in';

export async function signInAsDemoUser(page: Page, username: string): Promise<void> {
  const user = (await devUsers()).find((candidate) => candidate.username === username);
  if (!user) throw new Error(`GET /auth/dev-users lists no ${username}`);
  await signInAs(page, user);
}
