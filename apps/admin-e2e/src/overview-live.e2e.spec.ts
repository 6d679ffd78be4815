// The overview refreshes itself, without a reload, when a partnership in it changes: nora.northwest
// has the North West open while the national team designates Ribble Valley CDRP a priority
// partnership through the API, then lifts it again, so the spec leaves the data as it found it.
// No other spec touches Ribble Valley.
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserTab } from './support/browser';
import { devUsers } from './support/dev-users';
import { apiToken, graphql, must } from './support/graphql-api';
import { signInAs } from './support/sign-in';
import { expectToContainText } from './support/wait-for-text';

const RIBBLE_VALLEY = 'north_west-ribble-valley-cdrp';
const PRIORITY = `query Priority($region: String!) {
  regionOverview(region: $region) { partnerships { partnershipId priority } }
}`;
const DESIGNATE = `mutation D($input: DesignatePriorityInput!) { designatePriority(input: $input) { priority } }`;
const LIFT = `mutation L($input: LiftPriorityInput!) { liftPriority(input: $input) { priority } }`;

/** The Priority cell of Ribble Valley's row, by its column's header. */
async function priorityCell(page: Page): Promise<string> {
  return page.evaluate(() => {
    const table = document.querySelector('table.govuk-table');
    const headers = Array.from(table?.querySelectorAll('thead th') ?? [], (th) => th.textContent?.trim());
    const column = headers.indexOf('Priority');
    const row = Array.from(table?.querySelectorAll('tbody tr') ?? []).find((tr) =>
      tr.querySelector('th')?.textContent?.includes('Ribble Valley CDRP'),
    );
    return row?.children[column]?.textContent?.trim() ?? 'no such row';
  });
}

describe('the overview, live', () => {
  const tab = useBrowserTab();

  it('shows a change made elsewhere without a reload, and says so politely', async () => {
    const { page } = tab();
    const nora = (await devUsers()).find((user) => user.username === 'nora.northwest');
    if (!nora) throw new Error('GET /auth/dev-users lists no nora.northwest');
    await signInAs(page, nora);
    await page.waitForURL('**/overview');
    // Changes made from the moment the page says it is following reach it.
    await expectToContainText(page.locator('#overview-live-status'), 'updates itself');
    await page.evaluate(() => Object.assign(window, { loadedOnce: true }));

    const national = await apiToken('nadia.national');
    const before = await must(
      'reading the priority',
      graphql<{ regionOverview: { partnerships: { partnershipId: string; priority: boolean }[] } }>(
        national,
        PRIORITY,
        {
          region: 'NORTH_WEST',
        },
      ),
    );
    const wasPriority = before.regionOverview.partnerships.find((row) => row.partnershipId === RIBBLE_VALLEY)?.priority;
    expect(await priorityCell(page)).not.toBe('no such row');
    const input = { partnershipId: RIBBLE_VALLEY, rationale: 'The validated scores show it' };

    for (const change of wasPriority ? [LIFT, DESIGNATE] : [DESIGNATE, LIFT]) {
      const shownBefore = await priorityCell(page);
      await must('changing Ribble Valley', graphql(national, change, { input }));
      await page.waitForFunction((previous) => {
        const table = document.querySelector('table.govuk-table');
        const headers = Array.from(table?.querySelectorAll('thead th') ?? [], (th) => th.textContent?.trim());
        const row = Array.from(table?.querySelectorAll('tbody tr') ?? []).find((tr) =>
          tr.querySelector('th')?.textContent?.includes('Ribble Valley CDRP'),
        );
        return row?.children[headers.indexOf('Priority')]?.textContent?.trim() !== previous;
      }, shownBefore);
      expect(await priorityCell(page)).not.toBe(shownBefore);
      const notice = page.locator('#overview-live-notice');
      expect(await notice.textContent()).toBe('Updated: Ribble Valley CDRP');
      expect(await notice.getAttribute('aria-live')).toBe('polite');
    }

    expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
    await expectNoAxeViolations(page);
  });

  it('does not follow a past date, which cannot change', async () => {
    const { page } = tab();
    const nora = (await devUsers()).find((user) => user.username === 'nora.northwest');
    if (!nora) throw new Error('GET /auth/dev-users lists no nora.northwest');
    await signInAs(page, nora);
    // Leave the page signing in lands on (today's overview, which follows the channel) first, so
    // that only what the past date's page asks for is counted.
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const followed: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/events/overview') followed.push(request.url());
    });
    await page.goto('/overview?asOf=2010-03-31');
    await expectToContainText(page.locator('#overview-caption'), 'as of the end of 31 March 2010');
    expect(await page.locator('#overview-live-status').count()).toBe(0);
    expect(followed).toEqual([]);
  });
});
