// What the support specs share: signing in as a named demo user, finding the form's problems,
// choosing evidence, and putting a partnership back as the seed left it before a spec that
// changes it (so a spec can run again against the same platform).
import type { Locator, Page } from 'playwright-core';
import { graphqlAs } from './graphql-client';

/** The GOV.UK error summary, once it has appeared; also checks it took focus and the title says "Error:". */
export async function errorSummary(page: Page): Promise<Locator> {
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
  expect(await page.title()).toMatch(/^Error: /);
  return summary;
}

/** The success banner, once it has appeared; also checks it took focus, as GOV.UK asks. */
export async function successBanner(page: Page): Promise<Locator> {
  const banner = page.locator('.govuk-notification-banner--success');
  await banner.waitFor();
  expect(await banner.evaluate((element) => element === document.activeElement)).toBe(true);
  return banner;
}

/** The message on a field's form group, which must be marked as in error. */
export async function fieldError(page: Page, inputId: string): Promise<string> {
  const group = page.locator('.govuk-form-group--error', { has: page.locator(`[id="${inputId}"]`) });
  await group.waitFor();
  return ((await group.locator('.govuk-error-message').first().textContent()) ?? '').replace(/^Error:\s*/, '').trim();
}

/** Ticks the newest evidence offered and gives its label, to look for on the page the decision leads to. */
export async function citeNewestEvidence(page: Page): Promise<string> {
  const first = page.locator('#evidence');
  await first.waitFor();
  await first.check();
  const label = (await page.locator('label[for="evidence"]').textContent())?.trim() ?? '';
  expect(label).not.toBe('');
  return label;
}

/** A row's value in a GOV.UK summary list, by its key. */
export function summaryValue(page: Page, key: string): Locator {
  return page
    .locator('.govuk-summary-list__row', { has: page.locator(`dt:text-is("${key}")`) })
    .locator('.govuk-summary-list__value');
}

/**
 * Lifts priority status and resolves an open escalation that an earlier, interrupted run of a
 * spec left behind, so the spec starts from the seed's state (neither, for the partnerships the
 * specs use).
 */
export async function clearPriorityAndEscalation(partnershipId: string): Promise<void> {
  const { partnership } = await graphqlAs<{ partnership: { priority: unknown; escalation: unknown } }>(
    'nadia.national',
    'query($id: ID!) { partnership(id: $id) { priority { rationale } escalation { concern } } }',
    { id: partnershipId },
  );
  const grounds = { partnershipId, rationale: 'Put back as the seed left it, before a browser test runs again' };
  if (partnership.priority) {
    await graphqlAs('nadia.national', 'mutation($input: LiftPriorityInput!) { liftPriority(input: $input) { id } }', {
      input: grounds,
    });
  }
  if (partnership.escalation) {
    await graphqlAs(
      'nadia.national',
      'mutation($input: ResolveEscalationInput!) { resolveEscalation(input: $input) { id } }',
      { input: { ...grounds, resolution: 'Closed before a browser test runs again' } },
    );
  }
}
