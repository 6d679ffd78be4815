// Signs in through the development sign-in page, as a person would, checking that page with axe.
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe';
import type { DevUser } from './dev-users';
import { expectToContainText } from './wait-for-text';

export async function signInAs(page: Page, user: DevUser): Promise<void> {
  await page.goto('/sign-in');
  const choice = page.getByLabel(user.displayName, { exact: true });
  await choice.waitFor();
  await expectNoAxeViolations(page);
  await choice.check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectToContainText(page.locator('.govuk-service-navigation'), `Signed in as ${user.displayName}`);
}
