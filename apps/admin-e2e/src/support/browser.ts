// Debian's Chromium, driven by playwright-core: no browser is ever downloaded for these tests.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { baseUrl } from './workspace';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface BrowserTab {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught exceptions, e.g. a script the content security policy blocked. */
  readonly problems: readonly string[];
}

/** A fresh context per test: no session token or history leaks from one test into the next. */
export async function openTab(browser: Browser): Promise<BrowserTab> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { context, page, problems };
}

/** Closes the tab and gives what went wrong in it, for the test to assert there was nothing. */
export async function closeTab(tab: BrowserTab): Promise<readonly string[]> {
  await tab.context.close();
  return tab.problems;
}

/**
 * One Chromium for a describe block and a fresh tab for each test; a test fails when its page
 * logged an error or threw. Returns a getter for the current test's tab.
 */
export function useBrowserTab(): () => BrowserTab {
  let browser: Browser | undefined;
  let tab: BrowserTab | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('the browser did not start');
    tab = await openTab(browser);
  });
  afterEach(async () => {
    if (tab) expect(await closeTab(tab)).toEqual([]);
    tab = undefined;
  });
  return () => {
    if (!tab) throw new Error('no tab: useBrowserTab() serves tests only');
    return tab;
  };
}
