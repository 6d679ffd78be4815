// A partnership asks for support and its coordinator decides: cerys.lead requests mentoring for
// Cardiff CSP, and gwen.wales (the Welsh coordinator) approves it with a rationale and the
// evidence she relied on. Each run raises a new case, so the spec can run again on the same data.
import { expectNoAxeViolations } from './support/axe';
import { useBrowserTab } from './support/browser';
import { citeNewestEvidence, errorSummary, fieldError, successBanner, summaryValue } from './support/support-journeys';
import { expectToContainText } from './support/wait-for-text';
import { signInAsDemoUser } from './support/sign-in-as';

const CARDIFF = 'wales-cardiff-csp';
const NEED = 'Our 2010-11 assessment shows partners do not yet share data on repeat victims.';

describe('requesting support, and deciding on it', () => {
  const tab = useBrowserTab();
  let casePath = '';

  it('lets the partnership’s lead request support, after putting right what was missing', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'cerys.lead');
    await page.goto(`/partnerships/${CARDIFF}/support`);
    await expectToContainText(page.locator('.govuk-caption-l'), 'Cardiff');
    // The partnership asks; proposing and deciding are its coordinator's.
    expect(await page.getByRole('link', { name: 'Propose support' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Designate as a priority partnership' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Request support' }).click();
    await page.waitForURL(`**/partnerships/${CARDIFF}/support/request`);
    const mentoring = page.getByLabel('Mentoring', { exact: true });
    await mentoring.waitFor();
    await expectNoAxeViolations(page);

    // Place-based support answers a particular issue: without the need, nothing is sent.
    await mentoring.check();
    await page.getByRole('button', { name: 'Request support' }).click();
    const summary = await errorSummary(page);
    const link = summary.getByRole('link', { name: /place-based support/ });
    expect(await link.getAttribute('href')).toBe('#need');
    expect(await fieldError(page, 'need')).toContain('place-based support');
    await expectNoAxeViolations(page);
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('need');

    // The server's own objection (a need too long) lands on the same field.
    await page.getByLabel('What does the partnership need?').fill('x'.repeat(10_001));
    await page.getByRole('button', { name: 'Request support' }).click();
    await expectToContainText(page.locator('.govuk-error-summary'), '10000 characters or fewer');
    expect(await fieldError(page, 'need')).toContain('10000 characters or fewer');

    await page.getByLabel('What does the partnership need?').fill(NEED);
    await page.getByRole('button', { name: 'Request support' }).click();
    await page.waitForURL(new RegExp(`/partnerships/${CARDIFF}/support/cases/[0-9a-f-]{36}$`));
    casePath = new URL(page.url()).pathname;

    await expectToContainText(await successBanner(page), 'Support requested');
    await expectToContainText(page.locator('h1'), 'Mentoring');
    await expectToContainText(summaryValue(page, 'Status'), 'Requested');
    await expectToContainText(summaryValue(page, 'Raised'), 'Requested by cerys.lead');
    await expectToContainText(summaryValue(page, 'Need'), NEED);
    expect(await page.getByRole('link', { name: 'Decide on this support' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    // The new case is listed on the partnership's support page with its status.
    await page.getByRole('link', { name: 'Back to support' }).click();
    const row = page.locator('table.govuk-table tbody tr', {
      has: page.locator(`a[href="${casePath}"]`),
    });
    await expectToContainText(row, 'Requested');
  });

  it('lets the region’s coordinator approve it, with a rationale and the evidence relied on', async () => {
    expect(casePath).not.toBe('');
    const { page } = tab();
    await signInAsDemoUser(page, 'gwen.wales');
    await page.goto(casePath);
    await page.getByRole('link', { name: 'Decide on this support' }).click();
    await page.waitForURL(`**${casePath}/decide`);
    await page.getByLabel('Approve', { exact: true }).waitFor();
    await expectToContainText(page.locator('.govuk-inset-text'), NEED);
    await page.locator('#evidence').waitFor();
    await expectNoAxeViolations(page);

    // A decision needs its rationale.
    await page.getByLabel('Approve', { exact: true }).check();
    await page.getByRole('button', { name: 'Record decision' }).click();
    const summary = await errorSummary(page);
    expect(await summary.getByRole('link', { name: 'Give the rationale for the decision' }).getAttribute('href')).toBe(
      '#rationale',
    );
    expect(await fieldError(page, 'rationale')).toBe('Give the rationale for the decision');
    await expectNoAxeViolations(page);

    await page.getByLabel('Rationale').fill('Mentoring from a neighbouring CSP answers the data-sharing gap.');
    const cited = await citeNewestEvidence(page);
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.waitForURL(`**${casePath}`);

    await expectToContainText(await successBanner(page), 'Support approved');
    await expectToContainText(summaryValue(page, 'Status'), 'Approved');
    await expectToContainText(summaryValue(page, 'Decision'), 'Approved by gwen.wales');
    await expectToContainText(summaryValue(page, 'Rationale'), 'answers the data-sharing gap');
    const evidence = summaryValue(page, 'Evidence considered').getByRole('link', { name: cited });
    await evidence.waitFor();
    expect(await evidence.getAttribute('href')).toBe(`/partnerships/${CARDIFF}/timeline`);
    // Approved support is delivered next.
    await page.getByRole('link', { name: 'Record delivery' }).waitFor();
    await expectNoAxeViolations(page);
  });
});
