// Starting a new partnership's first self-assessment, saving answers as you go, and trying to
// submit it too soon: the error summary lists every criterion still to score, each linking to
// its question. The national team may self-assess any partnership; the spec registers its own,
// so it holds whatever ran before it and leaves the demo partnerships alone.
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import {
  assessmentQuery,
  demoUser,
  errorSummary,
  expectFocusedHeading,
  type AssessmentReading,
} from './support/assessment-pages';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserTab } from './support/browser';
import { devToken, graphql } from './support/graphql-client';
import { signInAs } from './support/sign-in';
import { expectToContainText } from './support/wait-for-text';

const PERIOD = '2011-12';
// A CDRP with no county is not two-tier: the two-tier criterion does not apply to it.
const APPLICABLE = 42;

describe('starting a self-assessment and submitting it too soon', () => {
  const tab = useBrowserTab();
  let partnershipId = '';
  const taskList = () => `/partnerships/${partnershipId}/assessment`;
  const assessmentId = () => `${partnershipId}-${PERIOD}`;

  beforeAll(async () => {
    const registered = await graphql<{ registerPartnership: { id: string } }>(
      `
        mutation ($input: RegisterPartnershipInput!) {
          registerPartnership(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          name: `E2E Self-Assessment CDRP ${randomBytes(3).toString('hex')}`,
          type: 'CDRP',
          region: 'NORTH_EAST',
        },
      },
      await devToken('nadia.national'),
    );
    partnershipId = registered.registerPartnership.id;
  });

  async function openTaskList(page: Page): Promise<void> {
    await signInAs(page, await demoUser('nadia.national'));
    await page.goto(taskList());
    await page.locator('#main-content h1').waitFor();
  }

  it('starts the first self-assessment for the year chosen, asking for the year first', async () => {
    const { page } = tab();
    await openTaskList(page);
    await expectToContainText(page.locator('#main-content'), 'has not started a self-assessment yet');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Start self-assessment' }).click();
    const summary = await errorSummary(page);
    const link = summary.getByRole('link', { name: 'Enter the financial year to assess, for example 2012-13' });
    expect(await link.getAttribute('href')).toBe('#period');
    expect(await page.locator('#period').getAttribute('aria-describedby')).toContain('period-error');
    await expectNoAxeViolations(page);

    await page.getByLabel('Which financial year is it for?').fill(PERIOD);
    await page.getByRole('button', { name: 'Start self-assessment' }).click();
    const banner = page.locator('.govuk-notification-banner--success');
    await expectToContainText(banner, `The ${PERIOD} self-assessment has started`);
    expect(await banner.evaluate((element) => element === document.activeElement)).toBe(true);
    await expectToContainText(page.locator('#main-content h1'), `Self-assessment ${PERIOD}`);
    expect(await page.locator('.govuk-task-list__item--with-link').count()).toBe(APPLICABLE);
    expect(await page.locator('.govuk-task-list__status', { hasText: 'Not started' }).count()).toBe(APPLICABLE);
    await expectToContainText(page.locator('.govuk-task-list__status--cannot-start-yet'), 'Does not apply');
    await expectNoAxeViolations(page);
  });

  it('saves each answer as it goes, says so, and shows it again when you come back', async () => {
    const { page } = tab();
    await openTaskList(page);
    await page.getByRole('button', { name: 'Continue self-assessment' }).click();
    await expectFocusedHeading(page, '1.1 ');

    await page.getByRole('button', { name: 'Save and continue' }).click();
    const summary = await errorSummary(page);
    expect(await summary.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '#score',
      '#rationale',
    ]);
    await expectToContainText(page.locator('#rationale-error'), 'Explain why you gave this score');
    await expectNoAxeViolations(page);

    await page.getByLabel('3 – Established', { exact: true }).check();
    await page
      .getByLabel('Evidence (optional)', { exact: true })
      .fill('Vision agreed at the board, minutes of 4 May 2011');
    await page.getByLabel('Why this level?').fill('Every partner signed the vision and reports against it.');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.waitForURL(`**/criteria/leadership.2`);
    await expectFocusedHeading(page, '1.2 ');
    await expectToContainText(page.locator('[role="status"]'), 'Criterion 1.1 saved: 3 – Established');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expectFocusedHeading(page, '1.1 ');
    expect(await page.getByLabel('3 – Established', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Why this level?').inputValue()).toBe(
      'Every partner signed the vision and reports against it.',
    );

    // Saving an untouched answer records nothing new: the history keeps one score.
    await page.getByRole('button', { name: 'Save and return to the task list' }).click();
    await page.waitForURL(`**${taskList()}`);
    const leadership = page.locator('section', { has: page.locator('#hallmark-leadership') });
    await expectToContainText(leadership.locator('.govuk-body').first(), 'In progress');
    await expectToContainText(leadership.locator('#leadership-1-status'), 'Completed');
    await expectToContainText(leadership.locator('#leadership-1-hint'), 'Scored 3 – Established');
    await expectNoAxeViolations(page);

    const timeline = await graphql<{ timeline: { edges: { node: { type: string } }[] } }>(
      `
        query ($id: ID!) {
          timeline(partnershipId: $id, first: 50, types: ["CriterionScored"]) {
            edges {
              node {
                type
              }
            }
          }
        }
      `,
      { id: partnershipId },
      await devToken('nadia.national'),
    );
    expect(timeline.timeline.edges).toHaveLength(1);
  });

  it('will not submit with criteria still to score, listing each with a link to its question', async () => {
    const { page } = tab();
    await openTaskList(page);
    await page.getByRole('button', { name: 'Check answers and submit' }).click();
    await expectFocusedHeading(page, 'Check your answers before submitting');
    await expectToContainText(page.locator('#main-content'), `1 of ${APPLICABLE} criteria scored`);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Submit assessment' }).click();
    const summary = await errorSummary(page);
    const links = summary.locator('a');
    expect(await links.count()).toBe(APPLICABLE - 1);
    expect(await links.first().textContent()).toMatch(/^Score criterion 1\.2: Willing to make difficult choices/);
    expect(await links.first().getAttribute('href')).toBe(
      `/partnerships/${partnershipId}/assessment/${assessmentId()}/criteria/leadership.2`,
    );
    await expectNoAxeViolations(page);

    await links.nth(1).click();
    await page.waitForURL('**/criteria/leadership.3');
    await expectFocusedHeading(page, '1.3 ');

    // Nothing was sent: the assessment is still open with the one score.
    const reading = await graphql<AssessmentReading>(
      assessmentQuery,
      { id: assessmentId() },
      await devToken('nadia.national'),
    );
    expect(reading.assessment).toMatchObject({ status: 'OPEN', scoredCount: 1, applicableCriteriaCount: APPLICABLE });
  });
});
