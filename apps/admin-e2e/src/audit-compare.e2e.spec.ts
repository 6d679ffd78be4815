// Comparing two of Allerdale's assessments, as an auditor: the counts agree with the API's own
// comparison, every hallmark and criterion is shown with its change as a tag, and choosing the
// same assessment twice is refused GOV.UK style.
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserTab } from './support/browser';
import { AUDITED, auditPath } from './support/audit';
import { expectToContainText } from './support/wait-for-text';
import { graphqlAs } from './support/graphql-client';
import { signInAsDemoUser } from './support/sign-in-as';

const count = (page: Page, key: string) =>
  page.locator(`.govuk-summary-list__row:has(> dt:text-is("${key}")) > dd`).textContent();

describe('comparing two assessments', () => {
  const tab = useBrowserTab();

  it('shows gains, losses and level changes per hallmark and criterion', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'aisha.auditor');
    await page.goto(auditPath('compare'));
    await page.getByLabel('First assessment').selectOption(`${AUDITED.id}-2009-10`);
    await page.getByLabel('Second assessment').selectOption(`${AUDITED.id}-2010-11`);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Compare' }).click();

    await expectToContainText(page.locator('#comparison-heading'), 'From 2009-10 to 2010-11');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comparison-heading');
    expect(page.url()).toContain(`a=${AUDITED.id}-2009-10&b=${AUDITED.id}-2010-11`);

    const { compareAssessments: expected } = await graphqlAs<{
      compareAssessments: { gains: number; losses: number; levelChanges: number; criteria: unknown[] };
    }>(
      'aisha.auditor',
      'query ($a: ID!, $b: ID!) { compareAssessments(a: $a, b: $b) { gains losses levelChanges criteria { criterionId } } }',
      {
        a: `${AUDITED.id}-2009-10`,
        b: `${AUDITED.id}-2010-11`,
      },
    );
    expect(await count(page, 'Criteria whose score rose')).toBe(String(expected.gains));
    expect(await count(page, 'Criteria whose score fell')).toBe(String(expected.losses));
    expect(await count(page, 'Hallmarks whose level changed')).toBe(String(expected.levelChanges));

    // One table of the six hallmarks, then one per hallmark of its criteria, each change a tag.
    const tables = page.locator('table.govuk-table');
    expect(await tables.count()).toBe(7);
    expect(await tables.first().locator('tbody tr').count()).toBe(6);
    const criterionRows = page.locator('table.govuk-table:not(:first-of-type) tbody tr');
    expect(await criterionRows.count()).toBe(expected.criteria.length);
    const changeTags = await criterionRows.locator('td:last-child .govuk-tag').allTextContents();
    expect(changeTags.filter((tag) => tag.startsWith('Gain'))).toHaveLength(expected.gains);
    expect(changeTags.filter((tag) => tag.startsWith('Loss'))).toHaveLength(expected.losses);
    const levelTags = await tables.first().locator('td:last-child .govuk-tag').allTextContents();
    expect(levelTags.filter((tag) => tag === 'Level up' || tag === 'Level down')).toHaveLength(expected.levelChanges);
    await expectNoAxeViolations(page);
  });

  it('asks for two different assessments when the same one is chosen twice', async () => {
    const { page } = tab();
    await signInAsDemoUser(page, 'aisha.auditor');
    await page.goto(auditPath('compare'));
    await page.getByLabel('First assessment').selectOption(`${AUDITED.id}-2010-11`);
    await page.getByLabel('Second assessment').selectOption(`${AUDITED.id}-2010-11`);
    await page.getByRole('button', { name: 'Compare' }).click();

    const summary = page.locator('.govuk-error-summary');
    await expectToContainText(summary, 'Choose two different assessments');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('govuk-error-summary');
    expect(await page.title()).toMatch(/^Error: Compare two assessments/);
    expect(await page.locator('#comparison-heading').count()).toBe(0);
    await expectNoAxeViolations(page);

    await summary.getByRole('link', { name: 'Choose two different assessments' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-b');
  });
});
