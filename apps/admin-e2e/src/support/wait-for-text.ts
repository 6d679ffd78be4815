// Playwright's web-first assertions live in @playwright/test, which these tests do not use: wait
// for the text to appear, then assert on what is there so a failure shows the actual text.
import type { Locator } from 'playwright-core';

export async function expectToContainText(locator: Locator, expected: string): Promise<void> {
  try {
    await locator.filter({ hasText: expected }).first().waitFor();
  } catch {
    // Fall through: the assertion below reports what the element says instead.
  }
  expect(await locator.first().textContent()).toContain(expected);
}
