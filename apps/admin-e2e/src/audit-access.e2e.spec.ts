// Who reaches the audit area: auditors and the national team find it in the navigation; a
// partnership lead neither sees it there nor gets any of its data by typing its address.
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserTab } from './support/browser';
import { auditPath } from './support/audit';
import { expectToContainText } from './support/wait-for-text';
import { signInAsDemoUser } from './support/sign-in-as';

const auditNavigationLink = (page: Page) =>
  page.locator('.govuk-service-navigation').getByRole('link', { name: 'Audit', exact: true });

describe('the audit area', () => {
  const tab = useBrowserTab();

  it('is in an auditor’s navigation, and opens on the choice of a partnership', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'aisha.auditor');
    await auditNavigationLink(page).click();
    await page.waitForURL('**/audit');
    await expectToContainText(page.locator('h1'), 'Audit');
    expect(await page.title()).toBe('Audit – National Support Framework – GOV.UK');
    expect(await auditNavigationLink(page).getAttribute('aria-current')).toBe('page');
    await page.getByLabel('Partnership name').waitFor();
    await expectNoAxeViolations(page);
  });

  it('is in the national team’s navigation too', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'nadia.national');
    expect(await auditNavigationLink(page).count()).toBe(1);
  });

  it('is closed to a partnership lead: not in the navigation, and “You do not have access” at its addresses', async () => {
    const { page } = tab();
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) asked.push(request.postData() ?? '');
    });
    await signInAsDemoUser(page, 'liam.lead');
    expect(await auditNavigationLink(page).count()).toBe(0);

    for (const path of ['/audit', auditPath(), auditPath('replay'), auditPath('export')]) {
      await page.goto(path);
      await expectToContainText(page.locator('h1'), 'You do not have access to this page');
      expect(await page.title()).toBe('You do not have access to this page – National Support Framework – GOV.UK');
      expect(await page.locator('table, .govuk-summary-list, input[type="range"]').count()).toBe(0);
    }
    await expectNoAxeViolations(page);
    // Nothing of the audit area was even asked for.
    expect(asked.filter((body) => /auditTrail|verifyHistory|compareAssessments|partnership\(/.test(body))).toEqual([]);
  });
});
