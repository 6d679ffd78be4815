// The auditor's event inspector: from the audit start page to Allerdale's events, a page at a
// time, and any event's whole envelope, whose hash chain can be followed from one event to the next.
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserTab } from './support/browser';
import { AUDITED, auditPath } from './support/audit';
import { expectToContainText } from './support/wait-for-text';
import { signInAsDemoUser } from './support/sign-in-as';

const rows = (page: Page) => page.locator('table.app-audit-events tbody tr');
const envelopeValue = (page: Page, key: string) =>
  page.locator(`.govuk-summary-list__row:has(> dt:text-is("${key}")) > dd`);

/** Opens the envelope of the event in a row, and reads its hash and previous hash. */
async function openEnvelope(page: Page, row: number): Promise<{ hash: string; previousHash: string }> {
  await rows(page).nth(row).getByRole('link', { name: /^View/ }).click();
  await page.locator('#event-envelope-heading').waitFor();
  const hash = (await envelopeValue(page, 'Hash').textContent()) ?? '';
  const previousHash = (await envelopeValue(page, 'Previous hash').textContent()) ?? '';
  return { hash, previousHash };
}

describe('the event inspector', () => {
  const tab = useBrowserTab();

  it('finds a partnership by name and lists its events, a page at a time', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'aisha.auditor');
    await page.goto('/audit');
    await page.getByLabel('Partnership name').fill('allerdale');
    await page.getByRole('button', { name: 'Search' }).click();
    await expectToContainText(page.locator('h2'), 'partnership matches “allerdale”');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: AUDITED.name, exact: true }).click();
    await page.waitForURL(`**${auditPath()}`);
    await expectToContainText(page.locator('.govuk-caption-l'), `${AUDITED.name} audit`);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Events');
    await expectToContainText(page.locator('#audit-events-caption'), 'The first 50 events, oldest first');
    expect(await rows(page).count()).toBe(50);
    const headers = await page.locator('table.app-audit-events thead th').allTextContents();
    expect(headers).toEqual(['Occurred at', 'Type', 'Stream', 'Revision', 'Actor', 'Recorded at', 'Envelope']);
    const first = await rows(page).first().locator('th, td').allTextContents();
    expect(first.slice(1, 5)).toEqual(['PartnershipRegistered', `partnership-${AUDITED.id}`, '0', 'system:demo-data']);
    expect(await page.locator('.moj-sub-navigation [aria-current="page"]').textContent()).toBe('Events');
    await expectNoAxeViolations(page);

    // "Load more" adds the next page below, and focus moves to its first row.
    await page.getByRole('button', { name: 'Load more events' }).click();
    await page.waitForFunction(() => document.querySelectorAll('table.app-audit-events tbody tr').length > 50);
    const focused = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(focused).toBe(await rows(page).nth(50).getByRole('link').getAttribute('id'));
  });

  it('shows an event’s whole envelope, its hash linking it to the event before it in its stream', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'aisha.auditor');
    await page.goto(auditPath());
    await rows(page).first().waitFor();

    // The second and third events: an assessment opened (revision 0) and its first score (revision 1).
    const types = await rows(page).locator('td:nth-child(2)').allTextContents();
    expect(types.slice(1, 3)).toEqual(['AssessmentOpened', 'CriterionScored']);

    const opened = await openEnvelope(page, 1);
    expect(opened.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(opened.previousHash).toBe('None: this is the first event of its stream');
    expect(await page.locator('#event-envelope-heading').textContent()).toBe('AssessmentOpened, revision 0');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('event-envelope-heading');
    const keys = await page.locator('.govuk-summary-list__key').allTextContents();
    expect(keys).toEqual([
      'Event id',
      'Type',
      'Schema version',
      'Stream',
      'Revision in its stream',
      'Position in the global log',
      'Tenant',
      'Occurred at',
      'Recorded at',
      'Actor',
      'Actor’s role',
      'Reason',
      'Command id',
      'Correlation id',
      'Causation id',
      'Previous hash',
      'Hash',
      'Metadata',
      'Data',
    ]);
    const data = JSON.parse((await envelopeValue(page, 'Data').locator('pre').textContent()) ?? '') as {
      assessmentId: string;
    };
    expect(data.assessmentId).toBe(`${AUDITED.id}-2009-10`);
    // The hash is monospace and wraps within the summary list rather than widening the page.
    const hash = envelopeValue(page, 'Hash').locator('code');
    expect(await hash.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/monospace/);
    const widths = await hash.evaluate((element) => ({
      code: element.getBoundingClientRect().right,
      row: element.closest('dd')?.getBoundingClientRect().right ?? 0,
    }));
    expect(widths.code).toBeLessThanOrEqual(widths.row + 1);
    await expectNoAxeViolations(page);

    // Back to the list, focus on the link that opened the envelope; then the next event's envelope.
    await page.getByRole('link', { name: 'Back to the events' }).click();
    await rows(page).first().waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'View the envelope of AssessmentOpened, revision 0',
    );
    const scored = await openEnvelope(page, 2);
    expect(scored.previousHash).toBe(opened.hash);
    expect(scored.hash).not.toBe(opened.hash);

    // The browser's Back button returns to the list as well.
    await page.goBack();
    await rows(page).first().waitFor({ state: 'visible' });
    expect(await page.locator('#event-envelope-heading').count()).toBe(0);
  });
});
