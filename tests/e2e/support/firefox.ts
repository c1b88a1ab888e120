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
    screenshot: async (path) => {
      await page.screenshot({ path: path });
    },
    close: () => page.close(),
  };
}

export async function launchFirefox(extensionDir = FIREFOX_BUILD): Promise<BrowserDriver> {
  const uuid = randomUUID();
  const requests: string[] = [];
  const browser: Browser = await launchFirefoxBrowser({ extensionDir, viewport: WIDE, uuids: { [GECKO_ID]: uuid } });
  const popupUrl = `moz-extension://${uuid}/popup.html`;

  /** Extension pages load without awaiting goto (BiDi quirk with moz-extension URLs). */
  const openExtensionPage = async (): Promise<Page> => {
    const page = await browser.newPage();
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
    async newPage(viewport?: Viewport) {
      const page = await browser.newPage();
      if (viewport) await page.setViewport(viewport);
      await serveReplicaInPage(page, (url) => requests.push(url));
      return wrapPage(page);
    },
    async openPopup(viewport = { width: 400, height: 700 }) {
      const page = await openExtensionPage();
      await page.setViewport(viewport);
      return wrapPage(page);
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
    close: () => browser.close(),
  };
}
