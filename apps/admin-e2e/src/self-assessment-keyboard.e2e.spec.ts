// Allerdale's lead completes and submits the 2011-12 self-assessment with the keyboard alone:
// Tab to move, Space and the arrow keys to choose a level, typing for the text, Enter to go on.
// Nothing is clicked. The demo history leaves 2011-12 open with the first two hallmarks scored;
// this spec submits it, so it needs a fresh platform (as CI has) and the specs before it
// (in path order) only read Allerdale.
import type { Page } from 'playwright-core';
import { assessmentQuery, demoUser, expectFocusedHeading, type AssessmentReading } from './support/assessment-pages';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserTab } from './support/browser';
import { devToken, graphql } from './support/graphql-client';
import { chooseRadio, focused, tabTo } from './support/keyboard';
import { expectToContainText } from './support/wait-for-text';

const ALLERDALE = 'north_west-allerdale-cdrp';
const ASSESSMENT = `${ALLERDALE}-2011-12`;
const TASK_LIST = `/partnerships/${ALLERDALE}/assessment`;
const LEVELS = ['2 – Developing', '3 – Established'];

async function signInWithKeyboard(page: Page, displayName: string): Promise<void> {
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(TASK_LIST)}`);
  await page.getByLabel(displayName, { exact: true }).waitFor();
  await tabTo(page, { id: 'username' });
  await chooseRadio(page, displayName);
  await tabTo(page, { text: 'Sign in' });
  await page.keyboard.press('Enter');
  await page.waitForURL(`**${TASK_LIST}`);
}

/** Answers the question page in front of it, then presses "Save and continue". */
async function answerWithKeyboard(page: Page, level: string, code: string): Promise<void> {
  // The heading has focus on arrival; the first Tab reaches the levels.
  await page.keyboard.press('Tab');
  expect((await focused(page)).id).toBe('score');
  await chooseRadio(page, level);
  await tabTo(page, { id: 'evidence' });
  await page.keyboard.type(`Partnership board minutes, criterion ${code}`);
  await tabTo(page, { id: 'rationale' });
  await page.keyboard.type(`Reviewed by the board for ${code}: ${level.toLowerCase()}.`);
  await tabTo(page, { text: 'Save and continue' });
  await page.keyboard.press('Enter');
}

describe('the self-assessment, with the keyboard alone', () => {
  const tab = useBrowserTab();

  it('completes and submits Allerdale’s 2011-12 self-assessment as its lead', async () => {
    const { page } = tab();
    const liam = await demoUser('liam.lead');
    await signInWithKeyboard(page, liam.displayName);
    await expectFocusedHeading(page, 'Self-assessment 2011-12');
    await expectToContainText(page.locator('.govuk-summary-list'), '16 of 43 criteria scored');
    await expectNoAxeViolations(page);

    await tabTo(page, { text: 'Continue self-assessment' });
    await page.keyboard.press('Enter');

    let answered = 0;
    while (page.url().includes('/criteria/')) {
      // The question's heading ("3.1 Have implemented…") has focus once the page has loaded.
      const heading = await page.waitForFunction(() => {
        const active = document.activeElement;
        return active?.tagName === 'H1' && /^\d+\.\d+ /.test(active.textContent ?? '') ? active.textContent : null;
      });
      const code = ((await heading.jsonValue()) ?? '').split(' ')[0] ?? '';
      if (answered === 0) {
        expect(code).toBe('3.1');
        await expectNoAxeViolations(page);
      }
      const before = page.url();
      await answerWithKeyboard(page, LEVELS[answered % LEVELS.length] ?? '', code);
      await page.waitForURL((url) => url.toString() !== before);
      answered++;
      if (answered === 1) {
        await expectToContainText(page.locator('[role="status"]'), `Criterion ${code} saved: 2 – Developing`);
      }
    }
    expect(answered).toBe(27);

    await expectFocusedHeading(page, 'Check your answers before submitting');
    await expectToContainText(page.locator('#main-content'), '43 of 43 criteria scored');
    await expectNoAxeViolations(page);
    await tabTo(page, { text: 'Submit assessment' }, 300);
    await page.keyboard.press('Enter');

    await page.waitForURL(`**${TASK_LIST}`);
    const banner = page.locator('.govuk-notification-banner--success');
    await expectToContainText(banner, 'The 2011-12 self-assessment has been submitted');
    await page.waitForFunction(() => document.activeElement?.classList.contains('govuk-notification-banner'));
    await expectToContainText(page.locator('.govuk-summary-list'), 'Submitted');
    await expectNoAxeViolations(page);

    const reading = await graphql<AssessmentReading>(assessmentQuery, { id: ASSESSMENT }, await devToken('liam.lead'));
    expect(reading.assessment).toMatchObject({ status: 'SUBMITTED', scoredCount: 43 });
    expect(reading.assessment.scores.find((score) => score.criterionId === 'communities.1')).toEqual({
      criterionId: 'communities.1',
      score: 2,
      evidence: 'Partnership board minutes, criterion 3.1',
      rationale: 'Reviewed by the board for 3.1: 2 – developing.',
    });
  });
});
