// The national team registers a partnership and finds it in its region's list.
import { randomBytes } from 'node:crypto';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserTab } from './support/browser';
import { nationalUser } from './support/dev-users';
import { listCaption, readAllPages } from './support/partnerships-page';
import { signInAs } from './support/sign-in';
import { expectToContainText } from './support/wait-for-text';

describe('registering a partnership', () => {
  const tab = useBrowserTab();

  it('is offered on the list only once a national user has signed in', async () => {
    const { page } = tab();
    await page.goto('/');
    await expectToContainText(listCaption(page), 'partnerships');
    expect(await page.getByRole('button', { name: 'Register a partnership' }).count()).toBe(0);

    await signInAs(page, await nationalUser());
    await page.goto('/');
    await page.getByRole('button', { name: 'Register a partnership' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('registers a DAAT that then appears in the list for its region', async () => {
    const { page } = tab();
    const name = `E2E Drug and Alcohol Action Team ${randomBytes(3).toString('hex')}`;
    await signInAs(page, await nationalUser());
    // The national team lands on the overview; registering starts from the partnerships list.
    await page.getByRole('link', { name: 'Partnerships', exact: true }).click();
    await page.getByRole('button', { name: 'Register a partnership' }).click();
    await page.waitForURL('**/partnerships/new');
    await page.getByLabel('Name', { exact: true }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('DAAT', { exact: true }).check();
    await page.getByLabel('Region').selectOption({ label: 'North West' });
    await page.getByRole('button', { name: 'Register partnership' }).click();

    const banner = page.locator('.govuk-notification-banner--success');
    await expectToContainText(banner, `${name} registered`);
    expect(await banner.getAttribute('role')).toBe('alert');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'View partnerships in North West' }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('region') === 'NORTH_WEST');
    await expectToContainText(listCaption(page), 'in North West');
    await expectNoAxeViolations(page);
    const listed = (await readAllPages(page)).filter((row) => row.name === name);
    expect(listed).toEqual([{ name, type: 'DAAT', region: 'North West', county: '' }]);
  });
});
