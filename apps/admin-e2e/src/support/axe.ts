// Checks the page as it stands against WCAG 2.2 A and AA with axe-core, and lists any
// violation in the failure message so it can be fixed without re-running.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

// wcag21a is included too: conforming to 2.2 AA means meeting the 2.1 level A criteria as well.
const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA_TAGS).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help} at ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
  expect({ url: page.url(), violations }).toEqual({ url: page.url(), violations: [] });
}
