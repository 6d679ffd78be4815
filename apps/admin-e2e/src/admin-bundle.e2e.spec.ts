// What the browser downloads: the first page's JavaScript stays within the budget (300 kB
// gzipped), and screens arrive only when visited, so a partnership's lead never loads the
// coordinator's overview or the auditor's tools.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { useBrowserTab } from './support/browser';
import { signInAsDemoUser } from './support/sign-in-as';
import { expectToContainText } from './support/wait-for-text';

const INITIAL_JS_BUDGET_BYTES = 300_000;

/** Records every script the page loads from now on; the returned function gives their bodies. */
function recordScripts(page: Page): () => Promise<readonly Buffer[]> {
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  return () => Promise.all(bodies);
}

describe('the admin app’s downloads', () => {
  const tab = useBrowserTab();

  it('keep the first page’s JavaScript within 300 kB gzipped', async () => {
    const { page } = tab();
    const scripts = recordScripts(page);
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.waitForLoadState('networkidle');

    const bodies = await scripts();
    const gzipped = bodies.reduce((sum, body) => sum + gzipSync(body).length, 0);
    expect(bodies.length).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
  });

  it('never bring the coordinator’s overview or the auditor’s tools to a partnership’s lead', async () => {
    const { page } = tab();
    const scripts = recordScripts(page);
    await signInAsDemoUser(page, 'liam.lead');
    await page.getByRole('link', { name: 'Your partnership' }).click();
    await expectToContainText(page.locator('.moj-identity-bar'), 'Allerdale CDRP');
    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.locator('.moj-timeline__item').first().waitFor();
    await page.waitForLoadState('networkidle');

    const loaded = (await scripts()).map((body) => body.toString('utf8'));
    // Words only the overview screen has: its view form's button and its note for other roles.
    expect(loaded.some((code) => code.includes('The overview is for regional support coordinators'))).toBe(false);
    expect(loaded.some((code) => code.includes('Show overview'))).toBe(false);
    // Words only the auditor's verification screen has.
    expect(loaded.some((code) => code.includes('Verify the history again'))).toBe(false);
    // The partnership page's own screens did arrive.
    expect(loaded.some((code) => code.includes('Partnership overview'))).toBe(true);
  });
});
