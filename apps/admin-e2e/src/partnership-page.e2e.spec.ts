// A partnership's page on the demo seed: Allerdale CDRP, as its region's coordinator (nora.northwest)
// and its lead (liam.lead) see it. Read-only: other specs share the platform, and nothing here
// changes its data.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserTab } from './support/browser';
import { csvRecords, download } from './support/downloads';
import { signInAsDemoUser } from './support/sign-in-as';
import { focusedTextOnceItIs } from './support/focused-text';
import { expectToContainText } from './support/wait-for-text';
import { SCREENSHOTS_DIR } from './support/workspace';

const ALLERDALE = '/partnerships/north_west-allerdale-cdrp';

const identityBar = (page: Page) => page.locator('.moj-identity-bar');
const subNavigation = (page: Page) => page.getByRole('navigation', { name: 'Partnership sections' });
const chart = (page: Page) => page.locator('.app-progress svg[role="img"]');
const progressTable = (page: Page) => page.locator('#progress-table');

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, name), fullPage: true });
}

/** The progress table's body as text, one list of cells per period. */
async function progressRows(page: Page): Promise<readonly (readonly string[])[]> {
  return progressTable(page)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent?.trim() ?? '')),
    );
}

describe('a partnership’s page', () => {
  const tab = useBrowserTab();

  it('opens from the coordinator’s overview: identity bar, sections, summary, chart and table', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'nora.northwest');
    await page.waitForURL('**/overview');

    await page.getByRole('link', { name: 'Allerdale CDRP', exact: true }).click();
    await page.waitForURL(`**${ALLERDALE}`);
    await expectToContainText(identityBar(page), 'Allerdale CDRP');
    expect(await focusedTextOnceItIs(page, 'Partnership overview')).toBe('Partnership overview');
    expect(await page.title()).toBe('Overview – Allerdale CDRP – National Support Framework – GOV.UK');

    // Whose page: name, kind, region, county, and where its current assessment stands.
    const facts = await identityBar(page).locator('.app-identity-bar__facts li').allTextContents();
    expect(facts).toEqual(['Type: CDRP', 'Region: North West', 'County: Cumbria']);
    expect(await identityBar(page).locator('.govuk-tag').first().textContent()).toMatch(/^2011-12 assessment /);

    const sections = subNavigation(page).getByRole('link');
    expect(await sections.allTextContents()).toEqual(['Overview', 'Assessment', 'Support', 'Actions', 'Timeline']);
    expect(await sections.first().getAttribute('aria-current')).toBe('page');

    expect(await page.locator('.govuk-summary-list__key').allTextContents()).toEqual([
      'Current assessment',
      'Last validated assessment',
      'Priority partnership',
      'Escalated to the national team',
      'Open support',
      'Improvement actions',
    ]);
    await expectToContainText(page.locator('table.govuk-table caption').first(), 'Scores by hallmark');

    // The chart says in words what the table below it gives in figures.
    await progressTable(page).waitFor();
    const rows = await progressRows(page);
    expect(rows.map((row) => row[0])).toEqual(expect.arrayContaining(['2009-10', '2010-11']));
    const label = (await chart(page).getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/^Empowered & Effective Leadership, average validated level by period, 2009-10 to /);
    expect(label).toContain(`Allerdale CDRP: ${rows.map((row) => row[1]).join(', then ')}.`);
    expect(label).toContain('North West average: ');
    expect(label).toContain('England and Wales average: ');
    // One line for the partnership, its region and the nation.
    expect(await chart(page).locator('path[fill="none"]').count()).toBe(3);

    await screenshot(page, 'partnership-overview.png');
    await expectNoAxeViolations(page);
  });

  it('charts the hallmark chosen, in an address that keeps the choice', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'nora.northwest');
    await page.goto(ALLERDALE);
    await progressTable(page).waitFor();

    await page.getByLabel('Hallmark').selectOption({ label: 'Engaged Communities' });
    await page.waitForURL((url) => url.searchParams.get('hallmark') === 'communities');
    await expectToContainText(progressTable(page).locator('caption'), 'Engaged Communities: average level by period');
    expect(await chart(page).getAttribute('aria-label')).toMatch(/^Engaged Communities, /);
    await expectNoAxeViolations(page);

    await page.reload();
    await expectToContainText(progressTable(page).locator('caption'), 'Engaged Communities');
    expect(await page.getByLabel('Hallmark').inputValue()).toBe('communities');
  });

  it('downloads the progress table as the CSV of the same figures', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'nora.northwest');
    await page.goto(ALLERDALE);
    await progressTable(page).waitFor();
    const shown = await progressRows(page);

    const file = await download(
      page,
      page.getByRole('link', { name: 'Download this table as CSV (Empowered & Effective Leadership progress)' }),
    );
    expect(file.name).toBe('allerdale-cdrp-empowered-effective-leadership-progress.csv');
    const [header, ...records] = csvRecords(file.text);
    expect(header).toEqual([
      'Period',
      'Allerdale CDRP validated',
      'Allerdale CDRP self-assessed',
      'North West average',
      'England and Wales average',
    ]);
    // The same periods and the same figures, as numbers rather than two-decimal text.
    expect(records.map((record) => [record[0], ...record.slice(1).map((field) => Number(field).toFixed(2))])).toEqual(
      shown,
    );
  });

  it('lists the improvement actions with status, owner and due date, and downloads them', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'nora.northwest');
    await page.goto(ALLERDALE);
    await subNavigation(page).getByRole('link', { name: 'Actions' }).click();
    await page.waitForURL(`**${ALLERDALE}/actions`);
    expect(await focusedTextOnceItIs(page, 'Improvement actions')).toBe('Improvement actions');

    const table = page.locator('table.app-actions-table');
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Action',
      'Addresses',
      'Owner',
      'Due',
      'Status',
    ]);
    const rows = table.locator('tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    await expectToContainText(table.locator('caption'), `${count} improvement action`);
    for (let index = 0; index < count; index++) {
      const cells = rows.nth(index).locator('td');
      expect(await cells.nth(3).locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await cells.nth(4).locator('.govuk-tag').textContent()).toMatch(
        /^(Not started|In progress|Blocked|Completed|Cancelled)$/,
      );
    }
    expect(await subNavigation(page).getByRole('link', { name: 'Actions' }).getAttribute('aria-current')).toBe('page');
    await screenshot(page, 'partnership-actions.png');
    await expectNoAxeViolations(page);

    const file = await download(page, page.getByRole('link', { name: /^Download this table as CSV/ }));
    expect(file.name).toBe('allerdale-cdrp-improvement-actions.csv');
    const [header, ...records] = csvRecords(file.text);
    expect(header).toEqual(['Action', 'Hallmark', 'Criterion', 'Owner', 'Due', 'Status', 'Overdue']);
    expect(records).toHaveLength(count);
    const first = rows.first().locator('td');
    expect(records[0]?.[0]).toBe(await first.nth(0).textContent());
    expect(records[0]?.[3]).toBe(await first.nth(2).textContent());
    expect(records[0]?.[4]).toBe(await first.nth(3).locator('time').getAttribute('datetime'));
  });

  it('is the lead’s own page, under “Your partnership”; another partnership’s is refused', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'liam.lead');

    // The list links only to the partnership the lead may open.
    await page.goto('/?region=NORTH_WEST');
    await expectToContainText(page.locator('table.govuk-table caption'), 'partnerships');
    expect(await page.locator('table.govuk-table tbody th a').allTextContents()).toEqual(
      (await page.locator('table.govuk-table tbody th').allTextContents()).filter((name) => name === 'Allerdale CDRP'),
    );

    await page.getByRole('link', { name: 'Your partnership' }).click();
    await page.waitForURL(`**${ALLERDALE}`);
    await expectToContainText(identityBar(page), 'Allerdale CDRP');
    expect(await focusedTextOnceItIs(page, 'Partnership overview')).toBe('Partnership overview');
    expect(await page.getByRole('link', { name: 'Your partnership' }).getAttribute('aria-current')).toBe('page');
    await progressTable(page).waitFor();
    await expectNoAxeViolations(page);

    // The assessment section is the lead's task list, inside the same page.
    await subNavigation(page).getByRole('link', { name: 'Assessment' }).click();
    await page.waitForURL(`**${ALLERDALE}/assessment`);
    // Its screens load on demand: focus moves to their heading once they are there.
    await page.locator('.govuk-task-list').first().waitFor();
    expect(await focusedTextOnceItIs(page, /^Self-assessment/)).toMatch(/^Self-assessment/);
    expect(await subNavigation(page).getByRole('link', { name: 'Assessment' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await expectNoAxeViolations(page);

    await page.goto('/partnerships/wales-cardiff-csp');
    await expectToContainText(page.locator('h1'), 'You cannot see this partnership');
    expect(await subNavigation(page).count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('prints as a report: no header, navigation, forms or download links', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'nora.northwest');
    await page.goto(ALLERDALE);
    await progressTable(page).waitFor();

    await page.emulateMedia({ media: 'print' });
    for (const chrome of [
      '.govuk-header',
      '.govuk-service-navigation',
      '.govuk-phase-banner',
      '.govuk-footer',
      '.moj-sub-navigation',
      '#progress-hallmark',
      '.app-csv-download',
    ]) {
      expect({ chrome, visible: await page.locator(chrome).first().isVisible() }).toEqual({ chrome, visible: false });
    }
    for (const content of ['.moj-identity-bar', 'h1', '.govuk-summary-list', '.app-progress svg', '#progress-table']) {
      expect({ content, visible: await page.locator(content).first().isVisible() }).toEqual({ content, visible: true });
    }
    // Rows are not split across pages.
    expect(
      await page
        .locator('#progress-table tbody tr')
        .first()
        .evaluate((row) => getComputedStyle(row).breakInside),
    ).toBe('avoid');
    await screenshot(page, 'partnership-print.png');
  });

  it('downloads the coordinator’s overview as CSV, the rows the filters leave', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'nora.northwest');
    await page.waitForURL('**/overview');
    await page.getByLabel('Partnership name').fill('aller');
    await expectToContainText(page.locator('#overview-caption'), '1 of ');

    const file = await download(
      page,
      page.getByRole('link', { name: 'Download this table as CSV (partnerships against the hallmarks)' }),
    );
    expect(file.name).toBe('overview-north-west-today.csv');
    const [header, ...records] = csvRecords(file.text);
    expect(header?.slice(0, 5)).toEqual([
      'Partnership',
      'Type',
      'Region',
      'Empowered & Effective Leadership level',
      'Empowered & Effective Leadership average',
    ]);
    expect(header).toHaveLength(3 + 6 * 2 + 6);
    expect(records).toHaveLength(1);
    expect(records[0]?.slice(0, 3)).toEqual(['Allerdale CDRP', 'CDRP', 'North West']);
  });
});
