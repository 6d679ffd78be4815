// Verifying Allerdale's history and exporting its audit trail, as an auditor: the hash chains are
// recomputed and found intact, and the two files downloaded hold every event the API holds.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserTab } from './support/browser';
import { AUDITED, auditPath, auditTrailOf } from './support/audit';
import { expectToContainText } from './support/wait-for-text';
import { csvRecords } from './support/downloads';
import { signInAsDemoUser } from './support/sign-in-as';

async function download(page: Page, linkName: string): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  const path = await file.path();
  return { file, text: await readFile(path, 'utf8') };
}

describe('verifying and exporting a history', () => {
  const tab = useBrowserTab();

  it('verifies the history and finds every stream intact', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'aisha.auditor');
    await page.goto(auditPath('verify'));
    await page.getByRole('button', { name: 'Verify the history' }).click();

    const banner = page.locator('.govuk-notification-banner--success');
    await expectToContainText(banner, 'The history is intact');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('govuk-notification-banner');
    const results = await page.locator('table tbody tr td:last-child').allTextContents();
    expect(results.length).toBeGreaterThan(1);
    expect(new Set(results)).toEqual(new Set(['Intact']));
    const checked = await page.locator('table tbody tr td:nth-child(2)').allTextContents();
    const total = checked.reduce((sum, value) => sum + Number(value), 0);
    await expectToContainText(banner, `Every hash of ${total} events in ${results.length} streams`);
    await expectNoAxeViolations(page);
  });

  it('downloads the whole audit trail as JSON and as CSV, made safe for spreadsheets', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'aisha.auditor');
    await page.goto(auditPath('export'));
    await page.getByRole('link', { name: 'Download the audit trail as JSON' }).waitFor();
    await expectNoAxeViolations(page);
    const trail = await auditTrailOf('aisha.auditor', AUDITED.id);

    const json = await download(page, 'Download the audit trail as JSON');
    expect(json.file.suggestedFilename()).toMatch(new RegExp(`^audit-trail-${AUDITED.id}-\\d{8}T\\d{6}Z\\.json$`));
    const exported = JSON.parse(json.text) as {
      partnershipId: string;
      partnershipName: string;
      exportedBy: string;
      eventCount: number;
      events: { id: string; hash: string; previousHash: string | null; data: unknown }[];
    };
    expect(exported.partnershipId).toBe(AUDITED.id);
    expect(exported.partnershipName).toBe(AUDITED.name);
    expect(exported.exportedBy).toBe('aisha.auditor');
    expect(exported.eventCount).toBe(trail.length);
    expect(exported.events.map((event) => [event.id, event.hash])).toEqual(
      trail.map((event) => [event.id, event.hash]),
    );
    expect(exported.events[0]?.data).toMatchObject({ name: AUDITED.name });

    const csv = await download(page, 'Download the events as CSV');
    expect(csv.file.suggestedFilename()).toMatch(/\.csv$/);
    const records = csvRecords(csv.text);
    expect(records[0]?.slice(0, 6)).toEqual([
      'occurredAt',
      'recordedAt',
      'type',
      'schemaVersion',
      'streamId',
      'revision',
    ]);
    expect(records).toHaveLength(trail.length + 1);
    const idColumn = records[0]?.indexOf('id') ?? -1;
    expect(records.slice(1).map((record) => record[idColumn])).toEqual(trail.map((event) => event.id));
    // No cell could start a spreadsheet formula.
    expect(records.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    await expectToContainText(page.locator('main'), 'The audit trail holds');
  });
});
