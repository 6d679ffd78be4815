// Decisions about a partnership itself, each with a rationale and the evidence relied on:
// nora.northwest designates St Helens CDRP a priority partnership and lifts it again, and
// escalates a concern about it, which only the national team (nadia.national) may resolve. The
// spec leaves St Helens as the seed has it, and puts it back first if an earlier run did not.
import { expectNoAxeViolations } from './support/axe';
import { useBrowserTab } from './support/browser';
import {
  citeNewestEvidence,
  clearPriorityAndEscalation,
  errorSummary,
  fieldError,
  successBanner,
  summaryValue,
} from './support/support-journeys';
import { expectToContainText } from './support/wait-for-text';
import { signInAsDemoUser } from './support/sign-in-as';

const ST_HELENS = 'north_west-st-helens-cdrp';
const SUPPORT = `/partnerships/${ST_HELENS}/support`;
const CONCERN = 'The partnership has not met for six months and its chair has resigned.';

describe('priority status and escalation', () => {
  const tab = useBrowserTab();

  beforeAll(async () => {
    await clearPriorityAndEscalation(ST_HELENS);
  });

  it('lets the coordinator designate a priority partnership with its evidence, and lift it', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'nora.northwest');
    await page.goto(SUPPORT);
    await expectToContainText(summaryValue(page, 'Priority partnership'), 'No');

    await page.getByRole('link', { name: 'Designate as a priority partnership' }).click();
    await page.waitForURL(`**${SUPPORT}/priority/designate`);
    await page.locator('#evidence').waitFor();
    await expectNoAxeViolations(page);
    const cited = await citeNewestEvidence(page);
    await page.getByRole('button', { name: 'Designate priority partnership' }).click();
    expect(await fieldError(page, 'rationale')).toBe('Give the rationale for the decision');
    await errorSummary(page);
    await expectNoAxeViolations(page);

    await page.getByLabel('Why is it a priority for support?').fill('Two hallmarks fell to Developing in 2011-12.');
    await page.getByRole('button', { name: 'Designate priority partnership' }).click();
    await page.waitForURL(`**${SUPPORT}`);
    await expectToContainText(await successBanner(page), 'St Helens CDRP is now a priority partnership');
    const priority = summaryValue(page, 'Priority partnership');
    await expectToContainText(priority, 'Yes: Two hallmarks fell to Developing in 2011-12.');
    await priority.getByRole('link', { name: cited }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Lift priority status' }).click();
    await expectToContainText(page.locator('.govuk-inset-text'), 'Two hallmarks fell to Developing');
    await page.getByLabel('Why is it no longer a priority?').fill('The board has a recovery plan and met twice.');
    await page.getByRole('button', { name: 'Lift priority status' }).click();
    await page.waitForURL(`**${SUPPORT}`);
    await expectToContainText(await successBanner(page), 'St Helens CDRP is no longer a priority partnership');
    await expectToContainText(summaryValue(page, 'Priority partnership'), 'No');
  });

  it('lets the coordinator escalate a concern to the national team, but not resolve it', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'nora.northwest');
    await page.goto(SUPPORT);
    await page.getByRole('link', { name: 'Escalate a concern' }).click();
    await page.waitForURL(`**${SUPPORT}/escalate`);
    await page.getByRole('button', { name: 'Escalate concern' }).click();
    const summary = await errorSummary(page);
    expect(await summary.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '#concern',
      '#rationale',
    ]);
    await expectNoAxeViolations(page);

    await page.getByLabel('What should the national team look at?').fill(CONCERN);
    await page.getByLabel('Why does it need the national team?').fill('The region has no means to appoint a chair.');
    await citeNewestEvidence(page);
    await page.getByRole('button', { name: 'Escalate concern' }).click();
    await page.waitForURL(`**${SUPPORT}`);
    await expectToContainText(await successBanner(page), 'escalated to the national team');
    await expectToContainText(summaryValue(page, 'Escalation to the national team'), `Open: ${CONCERN}`);
    // One escalation at a time, and only the national team resolves it.
    expect(await page.getByRole('link', { name: 'Escalate a concern' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Resolve the escalation' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.goto(`${SUPPORT}/escalation/resolve`);
    await expectToContainText(
      page.locator('main'),
      'Only the national team, to whom escalations go, can resolve them.',
    );
    expect(await page.locator('main form').count()).toBe(0);
  });

  it('lets the national team resolve the escalation', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'nadia.national');
    await page.goto(SUPPORT);
    await page.getByRole('link', { name: 'Resolve the escalation' }).click();
    await page.waitForURL(`**${SUPPORT}/escalation/resolve`);
    await expectToContainText(page.locator('.govuk-inset-text'), CONCERN);
    await page.locator('#evidence').waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('What did the national team do about the concern?').fill('An interim chair was appointed.');
    await page.getByLabel('Why is the concern resolved?').fill('The board met in October with the interim chair.');
    await page.getByRole('button', { name: 'Resolve escalation' }).click();
    await page.waitForURL(`**${SUPPORT}`);
    await expectToContainText(await successBanner(page), 'Escalation about St Helens CDRP resolved');
    await expectToContainText(summaryValue(page, 'Escalation to the national team'), 'None open');
    await expectNoAxeViolations(page);
  });
});
