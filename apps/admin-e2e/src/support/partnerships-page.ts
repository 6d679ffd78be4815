// How the specs read the partnerships list: its caption, its rows, and paging through it.
import type { Locator, Page } from 'playwright-core';

export interface ListedPartnership {
  readonly name: string;
  readonly type: string;
  readonly region: string;
  readonly county: string;
}

export function listCaption(page: Page): Locator {
  return page.locator('table.govuk-table caption');
}

export function listRows(page: Page): Locator {
  return page.locator('table.govuk-table tbody tr');
}

export async function readRows(page: Page): Promise<readonly ListedPartnership[]> {
  await listRows(page).first().waitFor();
  return listRows(page).evaluateAll((rows) =>
    rows.map((row) => {
      const [name, type, region, county] = Array.from(
        row.querySelectorAll('th, td'),
        (cell) => cell.textContent?.trim() ?? '',
      );
      return { name: name ?? '', type: type ?? '', region: region ?? '', county: county ?? '' };
    }),
  );
}

/** Follows "Next" and waits until the table shows the following page. */
export async function goToNextPage(page: Page): Promise<void> {
  const firstBefore = (await readRows(page))[0]?.name ?? '';
  await page.getByRole('link', { name: 'Next page' }).click();
  await listRows(page).first().filter({ hasNotText: firstBefore }).waitFor();
}

/** Every row of this page and the pages after it, following "Next" to the end. */
export async function readAllPages(page: Page): Promise<readonly ListedPartnership[]> {
  const rows = [...(await readRows(page))];
  while ((await page.getByRole('link', { name: 'Next page' }).count()) > 0) {
    await goToNextPage(page);
    rows.push(...(await readRows(page)));
  }
  return rows;
}
