// What the registration form shows when it cannot register: a GOV.UK error summary that takes
// focus and links to the field, and the message on the field itself.
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserTab } from './support/browser';
import { nationalUser } from './support/dev-users';
import { listCaption, readAllPages } from './support/partnerships-page';
import { signInAs } from './support/sign-in';
import { expectToContainText } from './support/wait-for-text';

interface Registration {
  readonly name: string;
  readonly type: 'CDRP' | 'DAAT' | 'CSP';
  readonly region: string;
}

async function openRegistrationForm(page: Page): Promise<void> {
  await signInAs(page, await nationalUser());
  await page.goto('/partnerships/new');
  await page.getByLabel('Name', { exact: true }).waitFor();
}

async function submit(page: Page, registration: Registration): Promise<void> {
  await page.getByLabel('Name', { exact: true }).fill(registration.name);
  await page.getByLabel(registration.type, { exact: true }).check();
  await page.getByLabel('Region').selectOption({ label: registration.region });
  await page.getByRole('button', { name: 'Register partnership' }).click();
}

/** The error summary, once it has appeared; also checks it took focus, as GOV.UK requires. */
async function errorSummary(page: Page) {
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
  expect(await page.title()).toMatch(/^Error: /);
  return summary;
}

describe('registering a partnership, when something is wrong', () => {
  const tab = useBrowserTab();

  it('asks for the name before sending anything', async () => {
    const { page } = tab();
    await openRegistrationForm(page);
    await submit(page, { name: '', type: 'DAAT', region: 'London' });

    const summary = await errorSummary(page);
    const link = summary.getByRole('link', { name: 'Enter the partnership’s name' });
    expect(await link.getAttribute('href')).toBe('#name');
    const nameGroup = page.locator('.govuk-form-group', { has: page.locator('#name') });
    expect(await nameGroup.getAttribute('class')).toContain('govuk-form-group--error');
    await expectToContainText(nameGroup.locator('.govuk-error-message'), 'Enter the partnership’s name');
    expect(await page.locator('#name').getAttribute('aria-describedby')).toContain('name-error');
    await expectNoAxeViolations(page);

    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('name');
  });

  it('shows the server’s objection to a CSP in an English region on the type question', async () => {
    const { page } = tab();
    await openRegistrationForm(page);
    await submit(page, {
      name: `E2E Community Safety Partnership ${randomBytes(3).toString('hex')}`,
      type: 'CSP',
      region: 'South East',
    });

    const summary = await errorSummary(page);
    const link = summary.locator('a[href="#type"]');
    expect(await link.count()).toBe(1);
    const message = (await link.textContent())?.trim() ?? '';
    expect(message).not.toBe('');
    const typeGroup = page.locator('.govuk-form-group', { has: page.locator('#type') });
    expect(await typeGroup.getAttribute('class')).toContain('govuk-form-group--error');
    await expectToContainText(typeGroup.locator('.govuk-error-message'), message);
    await expectNoAxeViolations(page);

    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('type');
  });

  it('reports a conflict when the same partnership is registered twice in a region', async () => {
    const { page } = tab();
    const registration: Registration = {
      name: `E2E Crime and Disorder Reduction Partnership ${randomBytes(3).toString('hex')}`,
      type: 'CDRP',
      region: 'East Midlands',
    };
    await openRegistrationForm(page);
    await submit(page, registration);
    await expectToContainText(page.locator('.govuk-notification-banner--success'), `${registration.name} registered`);

    await submit(page, registration);
    const summary = await errorSummary(page);
    expect(await summary.locator('a[href="#name"]').count()).toBe(1);
    expect(await page.locator('.govuk-notification-banner--success').count()).toBe(0);
    expect(await page.locator('.govuk-form-group', { has: page.locator('#name') }).getAttribute('class')).toContain(
      'govuk-form-group--error',
    );
    await expectNoAxeViolations(page);

    // The second attempt changed nothing: the region lists the partnership once.
    await page.goto('/?region=EAST_MIDLANDS');
    await expectToContainText(listCaption(page), 'in East Midlands');
    const listed = (await readAllPages(page)).filter((row) => row.name === registration.name);
    expect(listed).toHaveLength(1);
  });
});
