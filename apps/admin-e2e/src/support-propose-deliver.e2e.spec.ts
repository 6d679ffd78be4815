// Support from a coordinator's side, start to end: nora.northwest proposes problem-solving
// training for West Lancashire CDRP, approves it citing evidence, records its delivery in May 2011
// and reads its outcome from the validated 2011-12 assessment — per hallmark, against 2010-11.
// An auditor then reads the case and may change nothing. Each run raises a new case.
import { expectNoAxeViolations } from './support/axe';
import { useBrowserTab } from './support/browser';
import { citeNewestEvidence, errorSummary, fieldError, successBanner, summaryValue } from './support/support-journeys';
import { expectToContainText } from './support/wait-for-text';
import { signInAsDemoUser } from './support/sign-in-as';

const WEST_LANCASHIRE = 'north_west-west-lancashire-cdrp';
const TRAINING = 'Problem-solving training for partnership analysts';
const MOVEMENTS = ['Improved', 'Unchanged', 'Declined', 'No baseline'];

describe('proposing support, deciding, delivering and reading its outcome', () => {
  const tab = useBrowserTab();
  let casePath = '';

  it('takes a proposal from the coordinator to its outcome per hallmark', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'nora.northwest');
    await page.goto(`/partnerships/${WEST_LANCASHIRE}/support`);
    await expectToContainText(page.locator('.govuk-caption-l'), 'West Lancashire');
    // Requesting is the partnership's to do; the coordinator proposes.
    expect(await page.getByRole('link', { name: 'Request support' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    // Propose, naming the hallmarks the training serves.
    await page.getByRole('link', { name: 'Propose support' }).click();
    const training = page.getByLabel(TRAINING, { exact: true });
    await training.waitFor();
    expect(await page.locator(`[id="${await training.getAttribute('id')}-item-hint"]`).textContent()).toContain(
      'Serves Intelligence-led Business Processes and Appropriate Skills & Knowledge',
    );
    await training.check();
    await page
      .getByLabel('What does the partnership need?')
      .fill('The analysts map hotspots but partners do not act on them together.');
    await page.getByRole('button', { name: 'Propose support' }).click();
    await page.waitForURL(new RegExp(`/partnerships/${WEST_LANCASHIRE}/support/cases/[0-9a-f-]{36}$`));
    casePath = new URL(page.url()).pathname;
    await expectToContainText(await successBanner(page), 'Support proposed');
    await expectToContainText(summaryValue(page, 'Status'), 'Proposed');
    await expectToContainText(summaryValue(page, 'Raised'), 'Proposed by nora.northwest');

    // Approve, citing the newest evidence offered.
    await page.getByRole('link', { name: 'Decide on this support' }).click();
    await page.getByLabel('Approve', { exact: true }).check();
    await page.getByLabel('Rationale').fill('Training answers the weakness the validated assessments show.');
    const cited = await citeNewestEvidence(page);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.waitForURL(`**${casePath}`);
    await expectToContainText(await successBanner(page), 'Support approved');
    await summaryValue(page, 'Evidence considered').getByRole('link', { name: cited }).waitFor();

    // Record the delivery: the date is checked before anything is sent.
    await page.getByRole('link', { name: 'Record delivery' }).click();
    await page.getByLabel('Day').waitFor();
    await page.getByLabel('Day').fill('16');
    await page.getByLabel('Year').fill('2011');
    await page.getByRole('button', { name: 'Record delivery' }).click();
    const summary = await errorSummary(page);
    const link = summary.getByRole('link', { name: /must include a month/ });
    expect(await link.getAttribute('href')).toBe('#deliveredOn-day');
    expect(await fieldError(page, 'deliveredOn-month')).toContain('must include a month');
    expect(await page.locator('#deliveredOn-month').getAttribute('class')).toContain('govuk-input--error');
    await expectNoAxeViolations(page);
    await page.getByLabel('Month').fill('5');
    await page.getByLabel('Notes on the delivery (optional)').fill('Two days with the analysts and the police.');
    await page.getByRole('button', { name: 'Record delivery' }).click();
    await page.waitForURL(`**${casePath}`);
    await expectToContainText(await successBanner(page), 'Support recorded as delivered');
    await expectToContainText(summaryValue(page, 'Status'), 'Delivered');
    await expectToContainText(summaryValue(page, 'Delivered'), 'On 16 May 2011');

    // Record the outcome: only an assessment of a period ending after the delivery is offered.
    await page.getByRole('link', { name: 'Record the outcome' }).click();
    const assessment = page.getByLabel('The 2011-12 self-assessment', { exact: true });
    await assessment.waitFor();
    expect(await page.getByLabel('The 2010-11 self-assessment', { exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await assessment.check();
    await page.getByRole('button', { name: 'Record outcome' }).click();
    expect(await fieldError(page, 'notes')).toBe('Say what the partnership made of the support');
    await page
      .getByLabel('What did the partnership make of the support?')
      .fill('The analysts now brief the tasking meeting every month.');
    await page.getByRole('button', { name: 'Record outcome' }).click();
    await page.waitForURL(`**${casePath}`);
    await expectToContainText(await successBanner(page), 'Outcome recorded');

    // One row per hallmark the training serves, each movement a tag.
    const outcome = page.locator('table.govuk-table', { has: page.locator('caption:text-is("Outcome")') });
    await outcome.waitFor();
    const rows = outcome.locator('tbody tr');
    expect(await rows.locator('th').allTextContents()).toEqual([
      'Intelligence-led Business Processes',
      'Appropriate Skills & Knowledge',
    ]);
    for (const tag of await rows.locator('.govuk-tag').allTextContents()) expect(MOVEMENTS).toContain(tag.trim());
    await expectToContainText(page.locator('main'), 'against the validated 2010-11 assessment before it');
    // Nothing is left to do on the case.
    expect(await page.locator('main .govuk-button').count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('shows an auditor the whole case, with nothing to change', async () => {
    expect(casePath).not.toBe('');
    const { page } = tab();
    await signInAsDemoUser(page, 'aisha.auditor');
    await page.goto(casePath);
    await expectToContainText(summaryValue(page, 'Status'), 'Delivered');
    await expectToContainText(summaryValue(page, 'Decision'), 'Approved by nora.northwest');
    await page.locator('caption:text-is("Outcome")').waitFor();
    expect(await page.locator('main .govuk-button').count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Back to support' }).click();
    await expectToContainText(page.locator('table.govuk-table tbody'), TRAINING);
    expect(await page.getByRole('link', { name: 'Propose support' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Designate as a priority partnership' }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });
});
