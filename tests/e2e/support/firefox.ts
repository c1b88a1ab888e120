import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'puppeteer-core';
import type { BrowserDriver, PageDriver, Viewport } from './driver';
import { WIDE } from './driver';
import { FIREFOX_BUILD, launchFirefoxBrowser, serveReplicaInPage } from './browsers.js';
import { poll } from './wait';
/** The gecko id from wxt.config.ts; a fixed UUID for it lets us open the popup. */
const GECKO_ID = '2fa-rescue-for-x@x2fa-rescue';

function wrapPage(page: Page): PageDriver {
  const find = async (selector: string) => {
    const handle = await page.waitForSelector(selector, { timeout: 5000 });
    if (!handle) throw new Error(`no element for ${selector}`);
    return handle;
  };
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${(error as Error).message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
  });
  return {
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    click: async (selector) => (await find(selector)).click(),
    clickAt: (x, y) => page.mouse.click(x, y),
    type: async (selector, text) => (await find(selector)).type(text),
    press: (key) => page.keyboard.press(key as never),
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    beforeLoad: async (fn, arg) => {
      await page.evaluateOnNewDocument(fn as never, arg);
    },
    problems: () => [...problems],
    screenshot: async (path) => {
      await page.screenshot({ path: path });
    },
    close: () => page.close(),
  };
}

/** Pages opened by newWindow(), to open the popup beside them. */
const rawPages = new WeakMap<PageDriver, Page>();

/** The BiDi browsing context behind a page or created by the session (puppeteer's internals). */
type BrowsingContextOf = { browsingContext?: unknown };
interface UserContextOf {
  userContext?: { createBrowsingContext(type: 'tab', options: { referenceContext: unknown }): Promise<unknown> };
}

/**
 * A new tab in the window of `anchor`. Puppeteer opens tabs only in the newest window, so this
 * asks WebDriver BiDi itself (browsingContext.create with a referenceContext) through puppeteer's
 * internals, and fails plainly when they change.
 */
async function tabBesides(browser: Browser, anchor: Page): Promise<Page> {
  const { userContext } = browser.defaultBrowserContext() as unknown as UserContextOf;
  const reference = (anchor.mainFrame() as unknown as BrowsingContextOf).browsingContext;
  if (!userContext || !reference) throw new Error('puppeteer no longer shows its BiDi browsing contexts: open the tab another way');
  const created = await userContext.createBrowsingContext('tab', { referenceContext: reference });
  const page = (await browser.pages()).find((candidate) => (candidate.mainFrame() as unknown as BrowsingContextOf).browsingContext === created);
  if (!page) throw new Error('no page for the new tab');
  return page;
}

export async function launchFirefox(extensionDir = FIREFOX_BUILD): Promise<BrowserDriver> {
  const uuid = randomUUID();
  const requests: string[] = [];
  const browser: Browser = await launchFirefoxBrowser({ extensionDir, viewport: WIDE, uuids: { [GECKO_ID]: uuid } });
  const popupUrl = `moz-extension://${uuid}/popup.html`;

  /** Extension pages load without awaiting goto (BiDi quirk with moz-extension URLs). */
  const openExtensionPage = async (page?: Page): Promise<Page> => {
    page ??= await browser.newPage();
    void page.goto(popupUrl).catch(() => {});
    const loaded = `${popupUrl} complete`;
    await poll(
      () => page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => ''),
      (ready) => ready === loaded,
      { timeout: 15_000, what: 'the popup to load' },
    );
    return page;
  };

  return {
    name: 'firefox',
    extensionId: GECKO_ID,
    async newPage(viewport?: Viewport) {
      const page = await browser.newPage();
      if (viewport) await page.setViewport(viewport);
      await serveReplicaInPage(page, (url) => requests.push(url));
      return wrapPage(page);
    },
    async openPopup(viewport = { width: 400, height: 700 }, { besides }: { besides?: PageDriver } = {}) {
      const anchor = besides && rawPages.get(besides);
      if (besides && !anchor) throw new Error('openPopup besides a page that newWindow() did not open');
      const page = await openExtensionPage(anchor ? await tabBesides(browser, anchor) : undefined);
      await page.setViewport(viewport);
      return wrapPage(page);
    },
    async newWindow(viewport = WIDE) {
      const page = await browser.newPage({ type: 'window' });
      await page.setViewport(viewport);
      await serveReplicaInPage(page, (url) => requests.push(url));
      const driver = wrapPage(page);
      rawPages.set(driver, page);
      return driver;
    },
    async extensionStorage() {
      const page = await openExtensionPage();
      try {
        return await page.evaluate(async () => {
          const api = (globalThis as unknown as { browser: typeof chrome }).browser;
          const local = await api.storage.local.get(null);
          const session = api.storage.session ? await api.storage.session.get(null) : {};
          return { ...local, ...session };
        });
      } finally {
        await page.close();
      }
    },
    async resetStorage() {
      const page = await openExtensionPage();
      try {
        await page.evaluate(async () => {
          const api = (globalThis as unknown as { browser: typeof chrome }).browser;
          await api.storage.local.clear();
          if (api.storage.session) await api.storage.session.clear();
        });
      } finally {
        await page.close();
      }
    },
    requestedUrls: () => [...requests],
    async reloadExtension() {
      // runtime.reload(), as the add-on manager's update does: onInstalled "update", a new background page.
      const backgroundStarted = async () => {
        const page = await openExtensionPage();
        try {
          return await page.evaluate(async () => {
            const api = (globalThis as unknown as { browser: typeof chrome }).browser;
            return ((await api.runtime.getBackgroundPage()) as Window | null)?.performance.timeOrigin ?? 0;
          });
        } finally {
          await page.close().catch(() => {});
        }
      };
      const before = await backgroundStarted();
      const page = await openExtensionPage();
      await page.evaluate(() => void setTimeout(() => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.reload(), 0));
      await poll(
        () => backgroundStarted().catch(() => before),
        (started) => started !== before,
        {
          timeout: 15_000,
          what: 'the extension to run again after its reload',
        },
      );
      await page.close().catch(() => {});
    },
    close: () => browser.close(),
  };
}
