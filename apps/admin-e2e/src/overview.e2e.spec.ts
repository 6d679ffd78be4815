// The coordinator's overview, as nora.northwest (North West coordinator) sees it on the demo seed.
// Runs before the registration specs (see spec-order.sequencer.cjs), so North West is as seeded.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserTab } from './support/browser';
import { devUsers } from './support/dev-users';
import { signInAs } from './support/sign-in';
import { expectToContainText } from './support/wait-for-text';
import { SCREENSHOTS_DIR } from './support/workspace';

async function signInAsNora(page: Page): Promise<void> {
  const nora = (await devUsers()).find((user) => user.username === 'nora.northwest');
  if (!nora) throw new Error('GET /auth/dev-users lists no nora.northwest');
  await signInAs(page, nora);
}

const caption = (page: Page) => page.locator('#overview-caption');
const rowNames = (page: Page) => page.locator('table.govuk-table tbody th').allTextContents();
const sortButton = (page: Page, name: string) => page.locator(`table.govuk-table thead th > button:text-is("${name}")`);
const header = (page: Page, name: string) =>
  page.locator(`table.govuk-table thead th:has(> button:text-is("${name}"))`);

describe('the overview', () => {
  const tab = useBrowserTab();

  it('is where a coordinator lands, showing their region’s partnerships × the six hallmarks', async () => {
    const { page } = tab();
    await signInAsNora(page);
    await page.waitForURL('**/overview');

    await expectToContainText(caption(page), 'partnerships in North West as of today');
    const headers = await page.locator('table.govuk-table thead th').allTextContents();
    expect(headers).toHaveLength(11);
    expect(headers[0]).toBe('Partnership');
    expect(headers).toContain('Empowered & Effective Leadership');
    const names = await rowNames(page);
    expect(names.length).toBeGreaterThan(1);
    expect(names).toContain('Allerdale CDRP');
    expect(await page.getByRole('link', { name: 'Overview' }).getAttribute('aria-current')).toBe('page');
    expect(await page.title()).toBe('Overview – National Support Framework – GOV.UK');

    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'overview.png'), fullPage: true });
    await expectNoAxeViolations(page);
  });

  it('sorts by a hallmark or by name, saying so with aria-sort', async () => {
    const { page } = tab();
    await signInAsNora(page);
    await expectToContainText(caption(page), 'North West');
    const byName = await rowNames(page);
    expect(await header(page, 'Partnership').getAttribute('aria-sort')).toBe('ascending');

    await sortButton(page, 'Empowered & Effective Leadership').click();
    expect(await header(page, 'Empowered & Effective Leadership').getAttribute('aria-sort')).toBe('ascending');
    expect(await header(page, 'Partnership').getAttribute('aria-sort')).toBe('none');

    await sortButton(page, 'Partnership').click();
    await sortButton(page, 'Partnership').click();
    expect(await header(page, 'Partnership').getAttribute('aria-sort')).toBe('descending');
    expect(await rowNames(page)).toEqual([...byName].reverse());
    await expectNoAxeViolations(page);
  });

  it('narrows the rows to the name typed in the filter', async () => {
    const { page } = tab();
    await signInAsNora(page);
    await expectToContainText(caption(page), 'North West');
    const total = (await rowNames(page)).length;

    await page.getByLabel('Partnership name').fill('aller');
    await expectToContainText(caption(page), `1 of ${total} partnerships in North West`);
    expect(await rowNames(page)).toEqual(['Allerdale CDRP']);
    await expectToContainText(page.getByRole('status').first(), `1 of ${total}`);
    await expectNoAxeViolations(page);
  });

  it('says clearly that there were no partnerships on 1 January 2000', async () => {
    const { page } = tab();
    await signInAsNora(page);
    await expectToContainText(caption(page), 'North West');

    await page.getByLabel('Day', { exact: true }).fill('1');
    await page.getByLabel('Month', { exact: true }).fill('1');
    await page.getByLabel('Year', { exact: true }).fill('2000');
    await page.getByRole('button', { name: 'Show overview' }).click();

    await page.waitForURL((url) => url.searchParams.get('asOf') === '2000-01-01');
    await expectToContainText(
      page.locator('.govuk-inset-text'),
      'There were no partnerships in North West as of the end of 1 January 2000.',
    );
    expect(await page.locator('table.govuk-table').count()).toBe(0);
    await expectNoAxeViolations(page);
  });
});
