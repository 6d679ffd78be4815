// Moving through a page as a keyboard user does: Tab to the next thing, arrow keys within a
// group of radios. Nothing here clicks; where a spec must reach an element, it tabs to it.
import type { Page } from 'playwright-core';

/** What is focused now: its id, tag, the text a person would hear for it, and its value. */
export function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const label = element?.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`) : null;
    return {
      id: element?.id ?? '',
      tag: element?.tagName.toLowerCase() ?? '',
      text: (label?.textContent ?? element?.textContent ?? '').trim(),
      value: (element as HTMLInputElement | null)?.value ?? '',
    };
  });
}

/**
 * Presses Tab until the focused element is the one described (by id, or by its text), failing
 * after `limit` presses so a focus trap or a missing control shows up as a clear failure.
 */
export async function tabTo(
  page: Page,
  target: { readonly id?: string; readonly text?: string },
  limit = 80,
): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if ((target.id === undefined || now.id === target.id) && (target.text === undefined || now.text === target.text)) {
      return;
    }
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)} in ${limit} presses`);
}

/**
 * Within a radio group that has focus, chooses the radio whose label is `label`: Space checks
 * the focused radio, then each arrow key moves to the next and checks it, as browsers do.
 */
export async function chooseRadio(page: Page, label: string, limit = 20): Promise<void> {
  await page.keyboard.press('Space');
  for (let presses = 0; presses < limit; presses++) {
    if ((await focused(page)).text === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No radio labelled “${label}” in the focused group`);
}
