/**
 * The split between the watcher (on every x.com page) and the in-page UI (injected only where
 * it helps): on an unrelated page nothing but the watcher loads; the UI arrives for a prompt
 * reached without a reload; two reasons arriving together give one UI, once.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserDriver, type PageDriver, WIDE } from './support/driver';
import { sceneUrl } from './support/scenes';
import { waitFor, waitForUi } from './support/wait';

const WATCHER = '/content-scripts/rescue.js';
const UI = '/rescue-ui.js';

/** Proves an absence: `check` holds every 100 ms for `ms` (the UI, when it loads, does so within ~100 ms of a reason). */
async function holdsFor(ms: number, check: () => Promise<void>): Promise<void> {
  const end = Date.now() + ms;
  do {
    await check();
    await new Promise((resolve) => setTimeout(resolve, 100));
  } while (Date.now() < end);
}

/** Client-side navigation, as X's router does it. */
function navigate(page: PageDriver, path: string) {
  return page.evaluate((to) => {
    history.pushState({}, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

export function describeWatcher(launch: () => Promise<BrowserDriver>) {
  let browser: BrowserDriver;
  let page: PageDriver | undefined;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await page?.close().catch(() => {});
    page = undefined;
  });

  /** Our scripts that ran in the page, by path, where the harness can tell (Chromium's DevTools). */
  const scripts = async (on: PageDriver) => (browser.extensionScripts ? await browser.extensionScripts(on) : undefined);

  it('loads only the watcher on pages that are not a login or settings page, then the UI for a prompt', async () => {
    page = await browser.newPage(WIDE);
    await page.goto(sceneUrl('home', { lang: 'en' }));
    const on = page;
    if (browser.extensionScripts) await expect.poll(() => scripts(on), { timeout: 5000 }).toContain(WATCHER);
    await navigate(on, '/explore');
    await holdsFor(1000, async () => {
      expect(await on.evaluate(() => document.querySelectorAll('x2fa-rescue').length)).toBe(0);
      const loaded = await scripts(on);
      if (loaded) expect(loaded.filter((path) => path !== WATCHER)).toEqual([]);
    });

    await navigate(on, '/i/flow/login?ocf=1&step=code&method=app');
    const ui = await waitForUi(on, (next) => next.panel !== null);
    expect(ui.context).toBe('code-prompt');
    expect(ui.hosts).toBe(1);
    const loaded = await scripts(on);
    if (loaded) expect(loaded.filter((path) => path === UI)).toHaveLength(1);
  });

  it('gives one UI, injected once, when a guide starts and a settings page opens at the same moment', async () => {
    page = await browser.newPage(WIDE);
    await page.goto(sceneUrl('home', { lang: 'en' }));
    const on = page;
    // The popup's guide button and the page's own navigation, as close together as a person can make them.
    const popup = await browser.openPopup();
    await waitFor(popup, () => document.querySelectorAll('[data-rescue="start-guide"]').length === 3);
    await Promise.all([popup.click('[data-rescue="start-guide"][data-guide="backup-code"]'), navigate(on, '/settings')]);
    const ui = await waitForUi(on, (next) => next.highlight !== null || next.currentStep !== null);
    await popup.close().catch(() => {});
    expect(ui.hosts).toBe(1);
    await holdsFor(500, async () => {
      expect(await on.evaluate(() => document.querySelectorAll('x2fa-rescue').length)).toBe(1);
    });
    const loaded = await scripts(on);
    if (loaded) expect(loaded.filter((path) => path === UI)).toHaveLength(1);
  });
}
