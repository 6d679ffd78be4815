// Cardiff's coordinator moderates its submitted 2011-12 self-assessment: the page asks for the
// comments before returning it and for the reason of a moderated score before validating it,
// then validates it with one moderated score. Only this spec touches Cardiff's assessment.
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

const CARDIFF = 'wales-cardiff-csp';
const ASSESSMENT = `${CARDIFF}-2011-12`;
const REASON = 'The strategy is written but the minutes show no partner other than the council acting on it.';

async function openModeration(page: Page): Promise<void> {
  await signInAs(page, await demoUser('gwen.wales'));
  await page.goto(`/partnerships/${CARDIFF}/assessment`);
  await expectFocusedHeading(page, 'Self-assessment 2011-12');
  await expectToContainText(page.locator('.govuk-summary-list'), 'Submitted');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Moderate this assessment' }).click();
  await expectFocusedHeading(page, 'Moderate the self-assessment');
}

describe('moderating a submitted self-assessment', () => {
  const tab = useBrowserTab();

  it('asks for what is missing, then validates Cardiff’s 2011-12 assessment with one moderated score', async () => {
    const { page } = tab();
    await openModeration(page);
    await expectNoAxeViolations(page);

    // Returning needs comments for the partnership.
    await page.getByRole('button', { name: 'Return assessment' }).click();
    let summary = await errorSummary(page);
    const returnLink = summary.getByRole('link', {
      name: 'Say what the partnership should revise before resubmitting',
    });
    expect(await returnLink.getAttribute('href')).toBe('#return-comments');

    // A moderated score needs its reason.
    const select = page.getByLabel('Moderated score for criterion 1.1 (optional)');
    const moderatedTo = select.locator('option:not([value=""])').first();
    const moderatedLevel = Number(await moderatedTo.getAttribute('value'));
    const moderatedName = ((await moderatedTo.textContent()) ?? '').trim();
    await select.selectOption(String(moderatedLevel));
    await page.getByRole('button', { name: 'Validate assessment' }).click();
    summary = await errorSummary(page);
    const reasonLink = summary.getByRole('link', {
      name: `Explain why criterion 1.1 is moderated to ${moderatedName}`,
    });
    expect(await reasonLink.getAttribute('href')).toBe('#reason-leadership-1');
    await expectToContainText(page.locator('#reason-leadership-1-error'), 'Explain why criterion 1.1 is moderated');
    await expectNoAxeViolations(page);
    await reasonLink.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reason-leadership-1');

    await page.keyboard.type(REASON);
    await page.getByRole('button', { name: 'Validate assessment' }).click();
    await page.waitForURL(`**/partnerships/${CARDIFF}/assessment`);
    const banner = page.locator('.govuk-notification-banner--success');
    await expectToContainText(banner, 'The 2011-12 self-assessment has been validated');
    await expectToContainText(banner, '1 score was moderated.');
    await expectToContainText(page.locator('.govuk-summary-list'), 'Validated');
    await expectToContainText(page.locator('#leadership-1-hint'), `moderated to ${moderatedName}`);
    await expectNoAxeViolations(page);

    const reading = await graphql<AssessmentReading>(assessmentQuery, { id: ASSESSMENT }, await devToken('gwen.wales'));
    expect(reading.assessment.status).toBe('VALIDATED');
    expect(reading.assessment.moderatedScores).toEqual([
      {
        criterionId: 'leadership.1',
        selfScore: reading.assessment.scores.find((score) => score.criterionId === 'leadership.1')?.score,
        moderatedScore: moderatedLevel,
        reason: REASON,
      },
    ]);
  });
});
