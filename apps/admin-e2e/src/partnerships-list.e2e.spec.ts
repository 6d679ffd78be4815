// The partnerships list as anyone sees it: the seeded 368, narrowed by region, paged by cursor.
// Runs before the registration specs (see spec-order.sequencer.cjs): it relies on the seed count.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import { closeTab, openTab, useBrowserTab } from './support/browser';
import { goToNextPage, listCaption, listRows, readRows } from './support/partnerships-page';
import { expectToContainText } from './support/wait-for-text';
import { SCREENSHOTS_DIR } from './support/workspace';

describe('the partnerships list', () => {
  const tab = useBrowserTab();

  it('shows every seeded partnership in a GOV.UK table on the home page', async () => {
    const { page } = tab();
    await page.goto('/');

    await expectToContainText(listCaption(page), '368 partnerships');
    expect(await page.locator('table.govuk-table thead th').allTextContents()).toEqual([
      'Name',
      'Type',
      'Region',
      'County',
    ]);
    const rows = await readRows(page);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(['CDRP', 'DAAT', 'CSP']).toContain(row.type);
    expect(await page.title()).toBe('Partnerships – National Support Framework – GOV.UK');

    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'partnerships.png'), fullPage: true });
    await expectNoAxeViolations(page);
  });

  it('narrows the list to the region chosen in the filter, in a URL that can be shared', async () => {
    const { page } = tab();
    await page.goto('/');
    await expectToContainText(listCaption(page), '368 partnerships');

    await page.getByLabel('Region').selectOption({ label: 'Wales' });
    await page.getByRole('button', { name: 'Apply filters' }).click();

    await page.waitForURL((url) => url.searchParams.get('region') === 'WALES');
    await expectToContainText(listCaption(page), '22 partnerships');
    // Keyboard users stay where they were, on the button, while the table below changes.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Apply filters');
    const rows = await readRows(page);
    expect(rows).toHaveLength(22);
    expect(new Set(rows.map((row) => row.type))).toEqual(new Set(['CSP']));
    expect(new Set(rows.map((row) => row.region))).toEqual(new Set(['Wales']));
    await expectNoAxeViolations(page);

    // The same address opened afresh shows the same view, with the filter still selected.
    const browser = page.context().browser();
    if (!browser) throw new Error('the tab has no browser');
    const shared = await openTab(browser);
    try {
      await shared.page.goto(page.url());
      await expectToContainText(listCaption(shared.page), '22 partnerships');
      expect(await shared.page.getByLabel('Region').inputValue()).toBe('WALES');
    } finally {
      expect(await closeTab(shared)).toEqual([]);
    }
  });

  it('moves to the next page and back by cursor', async () => {
    const { page } = tab();
    await page.goto('/');
    await expectToContainText(listCaption(page), '368 partnerships');
    const firstPage = await readRows(page);
    expect(await page.getByRole('link', { name: 'Previous page' }).count()).toBe(0);

    await goToNextPage(page);
    expect(new URL(page.url()).searchParams.get('after')).toBeTruthy();
    await expectToContainText(listCaption(page), '368 partnerships');
    const secondPage = await readRows(page);
    const firstPageNames = new Set(firstPage.map((row) => row.name));
    expect(secondPage.filter((row) => firstPageNames.has(row.name))).toEqual([]);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Previous page' }).click();
    await listRows(page)
      .first()
      .filter({ hasText: firstPage[0]?.name ?? '' })
      .waitFor();
    expect(await readRows(page)).toEqual(firstPage);
    expect(new URL(page.url()).searchParams.get('after')).toBeNull();
  });
});
