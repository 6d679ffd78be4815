// A partnership's timeline, as its region's coordinator sees it: newest first, back to its registration.
import { expectNoAxeViolations } from './support/axe';
import { useBrowserTab } from './support/browser';
import { devUsers } from './support/dev-users';
import { signInAs } from './support/sign-in';
import { expectToContainText } from './support/wait-for-text';

describe('a partnership’s timeline', () => {
  const tab = useBrowserTab();

  it('tells of Allerdale’s registration, reached from the overview through its page', async () => {
    const { page } = tab();
    const nora = (await devUsers()).find((user) => user.username === 'nora.northwest');
    if (!nora) throw new Error('GET /auth/dev-users lists no nora.northwest');
    await signInAs(page, nora);

    await page.getByRole('link', { name: 'Allerdale CDRP', exact: true }).click();
    await page.waitForURL('**/partnerships/north_west-allerdale-cdrp');
    await page
      .getByRole('navigation', { name: 'Partnership sections' })
      .getByRole('link', { name: 'Timeline' })
      .click();
    await page.waitForURL('**/partnerships/north_west-allerdale-cdrp/timeline');

    const items = page.locator('.moj-timeline .moj-timeline__item');
    await expectToContainText(items.first(), 'by ');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Partnership timeline');
    await expectNoAxeViolations(page);

    // Three years of history: "Load more" pages back until the story's beginning.
    const loadMore = page.getByRole('button', { name: 'Load more timeline entries' });
    for (let pages = 0; pages < 50 && (await loadMore.count()) > 0; pages++) {
      const before = await items.count();
      await loadMore.click();
      await page.waitForFunction(
        (count) => document.querySelectorAll('.moj-timeline .moj-timeline__item').length > count,
        before,
      );
    }
    expect(await loadMore.count()).toBe(0);
    await expectToContainText(items.last(), 'Partnership registered');
    expect(await items.last().locator('.moj-timeline__description').textContent()).toMatch(/registered Allerdale CDRP/);
    expect(await items.last().locator('time').getAttribute('datetime')).toBeTruthy();
  });
});
