/**
 * The split between the watcher (on every x.com page) and the in-page UI (injected only where
 * it helps): on an unrelated page nothing but the watcher loads; the UI arrives for a prompt
 * reached without a reload; two reasons arriving together give one UI, once.
 */
import { expect, it } from 'vitest';
import { type BrowserDriver, type PageDriver, WIDE } from './support/driver';
import { useBrowser } from './support/lifecycle';
import { sceneUrl } from './support/scenes';
import { holdsFor, uiStaysFor, waitFor, waitForUi } from './support/wait';

const WATCHER = '/watcher.js';
const UI = '/rescue-ui.js';

/** Client-side navigation, as X's router does it. */
function navigate(page: PageDriver, path: string) {
  return page.evaluate((to) => {
    history.pushState({}, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

export function describeWatcher(launch: () => Promise<BrowserDriver>) {
  const session = useBrowser(launch);

  /** Our scripts that ran in the page, by path, where the harness can tell (Chromium's DevTools). */
  const scripts = async (on: PageDriver) => (session.browser.extensionScripts ? await session.browser.extensionScripts(on) : undefined);

  it('loads only the watcher on pages that are not a login or settings page, then the UI for a prompt', async () => {
    const on = await session.newPage(WIDE);
    await on.goto(sceneUrl('home', { lang: 'en' }));
    if (session.browser.extensionScripts) await expect.poll(() => scripts(on), { timeout: 5000 }).toContain(WATCHER);
    await navigate(on, '/explore');
    // The UI, when it loads, does so within ~100 ms of a reason: a second without it proves its absence.
    await holdsFor(
      async () => ({
        hosts: await on.evaluate(() => document.querySelectorAll('x2fa-rescue').length),
        others: (await scripts(on))?.filter((path) => path !== WATCHER) ?? [],
      }),
      ({ hosts, others }) => hosts === 0 && others.length === 0,
      1000,
      'no UI host and none of our scripts but the watcher on an unrelated page',
    );

    await navigate(on, '/i/flow/login?ocf=1&step=code&method=app');
    const ui = await waitForUi(on, (next) => next.panel !== null);
    expect(ui.context).toBe('code-prompt');
    expect(ui.hosts).toBe(1);
    const loaded = await scripts(on);
    if (loaded) expect(loaded.filter((path) => path === UI)).toHaveLength(1);
  });

  it('gives one UI, injected once, when a guide starts and a settings page opens at the same moment', async () => {
    const on = await session.newPage(WIDE);
    await on.goto(sceneUrl('home', { lang: 'en' }));
    // The popup's guide button and the page's own navigation, as close together as a person can make them.
    const popup = session.track(await session.browser.openPopup());
    await waitFor(popup, () => document.querySelectorAll('[data-rescue="start-guide"]').length === 3);
    await Promise.all([popup.click('[data-rescue="start-guide"][data-guide="backup-code"]'), navigate(on, '/settings')]);
    const ui = await waitForUi(on, (next) => next.highlight !== null || next.currentStep !== null);
    await popup.close().catch(() => {});
    expect(ui.hosts).toBe(1);
    await uiStaysFor(on, (next) => next.hosts === 1, 500, 'exactly one UI host');
    const loaded = await scripts(on);
    if (loaded) expect(loaded.filter((path) => path === UI)).toHaveLength(1);
  });
}
