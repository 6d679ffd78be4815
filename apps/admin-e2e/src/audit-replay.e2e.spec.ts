// The replay slider: Allerdale's history one event at a time, by keyboard and by buttons, with
// the partnership as it stood at each event beside it.
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserTab } from './support/browser';
import { auditPath } from './support/audit';
import { expectToContainText } from './support/wait-for-text';
import { signInAsDemoUser } from './support/sign-in-as';

const slider = (page: Page) => page.getByRole('slider', { name: 'Event in the history' });
const valueText = (page: Page) => slider(page).getAttribute('aria-valuetext');
const stateRow = (page: Page, key: string) => page.locator(`.govuk-summary-list__row:has(> dt:text-is("${key}")) > dd`);

/** Waits until the state shown is the one replayed to the slider's event, not still updating. */
async function waitForReplayedState(page: Page, eventNumber: number): Promise<void> {
  await expectToContainText(page.locator('#replay-status'), `as of event ${eventNumber} of`);
}

describe('the replay slider', () => {
  const tab = useBrowserTab();

  it('steps through the history by keyboard and buttons, showing the partnership at each event', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'aisha.auditor');
    await page.goto(auditPath('replay'));
    await slider(page).waitFor();

    // It opens at the latest event: the partnership as it stands now.
    const count = Number(await slider(page).getAttribute('max')) + 1;
    expect(count).toBeGreaterThan(100);
    expect(await valueText(page)).toMatch(new RegExp(`^Event ${count} of ${count}: \\w+ by `));
    await waitForReplayedState(page, count);
    await expectToContainText(page.locator('#replayed-state-heading'), 'Allerdale CDRP as of');
    await expectNoAxeViolations(page);

    // Home: the registration, before any assessment.
    await slider(page).focus();
    await page.keyboard.press('Home');
    expect(await valueText(page)).toBe(
      `Event 1 of ${count}: PartnershipRegistered by system:demo-data, 1 April 2009 at 9:00:00am`,
    );
    await waitForReplayedState(page, 1);
    expect(await stateRow(page, 'Current assessment cycle').textContent()).toBe('None opened yet');
    expect(await stateRow(page, 'Priority partnership').textContent()).toBe('No');
    expect(await page.locator('table').count()).toBe(0);

    // An arrow key: the first assessment opened, its hallmarks not yet scored.
    await page.keyboard.press('ArrowRight');
    expect(await valueText(page)).toMatch(new RegExp(`^Event 2 of ${count}: AssessmentOpened by `));
    await waitForReplayedState(page, 2);
    expect(await stateRow(page, 'Current assessment cycle').textContent()).toBe('2009-10, open');
    const caption = page.locator('table caption');
    expect(await caption.textContent()).toBe('Scores per hallmark: 2009-10, open');
    expect(await page.locator('table tbody tr').count()).toBe(6);

    // The buttons step one event each way, and keep focus.
    const next = page.getByRole('button', { name: 'Next event' });
    await next.click();
    expect(await valueText(page)).toMatch(new RegExp(`^Event 3 of ${count}: CriterionScored by `));
    await waitForReplayedState(page, 3);
    const firstHallmark = await page.locator('table tbody tr').first().locator('td').allTextContents();
    expect(firstHallmark[0]).not.toBe('Not scored');
    await page.getByRole('button', { name: 'Previous event' }).click();
    expect(await valueText(page)).toMatch(new RegExp(`^Event 2 of ${count}: `));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Previous event');
    await page.getByRole('button', { name: 'Previous event' }).click();
    expect(await valueText(page)).toMatch(new RegExp(`^Event 1 of ${count}: `));
    // At the start, "Previous event" says it is unavailable, does nothing, and keeps focus.
    expect(await page.getByRole('button', { name: 'Previous event' }).getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await valueText(page)).toMatch(new RegExp(`^Event 1 of ${count}: `));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Previous event');
    await waitForReplayedState(page, 1);
    await expectNoAxeViolations(page);

    // End: back to the latest state, which links to its event's envelope.
    await slider(page).focus();
    await page.keyboard.press('End');
    await waitForReplayedState(page, count);
    await page.getByRole('link', { name: 'See this event’s whole envelope' }).click();
    await page.locator('#event-envelope-heading').waitFor();
  });
});
