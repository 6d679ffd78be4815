// Where focus is, read once it has moved. A section's screens load on demand and take focus when
// they arrive, so reading focus straight after the address changes can still find the link that
// was clicked: wait for the expected text, then let the caller's assertion show what has focus.
import type { Page } from 'playwright-core';

export async function focusedTextOnceItIs(page: Page, expected: string | RegExp): Promise<string | undefined> {
  const pattern =
    typeof expected === 'string' ? { exact: expected } : { source: expected.source, flags: expected.flags };
  try {
    await page.waitForFunction((wanted) => {
      const text = document.activeElement?.textContent?.trim() ?? '';
      return 'exact' in wanted ? text === wanted.exact : new RegExp(wanted.source, wanted.flags).test(text);
    }, pattern);
  } catch {
    // Fall through: the caller's assertion reports what has focus instead.
  }
  return page.evaluate(() => document.activeElement?.textContent?.trim());
}
