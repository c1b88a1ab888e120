import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { BrowserDriver, PageDriver, Viewport } from './driver';
import { WIDE } from './driver';
import { CHROME_BUILD, extensionWorker, launchChromiumContext, serveReplica } from './browsers.js';

/** Playwright pierces open shadow roots itself; our `a >>> b` means "b inside a". */
const toPlaywright = (selector: string) => selector.replace(/\s*>>>\s*/g, ' ');

const rawPages = new WeakMap<PageDriver, Page>();
/** The window of each page opened by newWindow(), by its id in the extensions' windows API. */
const windowIds = new WeakMap<PageDriver, number>();

function wrapPage(page: Page): PageDriver {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  const driver: PageDriver = {
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (selector) => page.locator(toPlaywright(selector)).first().click(),
    clickAt: (x, y) => page.mouse.click(x, y),
    type: (selector, text) => page.locator(toPlaywright(selector)).first().pressSequentially(text),
    press: (key) => page.keyboard.press(key),
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    beforeLoad: async (fn, arg) => {
      await page.addInitScript(fn as never, arg);
    },
    problems: () => [...problems],
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
  rawPages.set(driver, page);
  return driver;
}

/** `locale`: the browser's UI language, what the popup follows (Chromium's own otherwise). */
export async function launchChromium(extensionDir = CHROME_BUILD, { locale }: { locale?: string } = {}): Promise<BrowserDriver> {
  const profile = mkdtempSync(join(tmpdir(), 'x2fa-chromium-'));
  const requests: string[] = [];
  let context: BrowserContext;
  let worker: Worker;

  const start = async () => {
    context = await launchChromiumContext({ extensionDir, profile, viewport: WIDE, reloadable: true, ...(locale ? { locale } : {}) });
    context.on('request', (request) => requests.push(request.url()));
    // As for a person who clicks "Copy": writing to the clipboard is allowed on x.com.
    await context.grantPermissions(['clipboard-write'], { origin: 'https://x.com' });
    await serveReplica(context);
    worker = await extensionWorker(context);
    for (const page of context.pages()) await page.close().catch(() => {});
  };
  await start();
  const extensionId = () => new URL(worker.url()).host;
  /** A new blank tab in that window (Playwright's pages open in the first one). */
  const tabIn = async (windowId: number): Promise<Page> => {
    const [page] = await Promise.all([
      context.waitForEvent('page'),
      worker.evaluate((id) => chrome.tabs.create({ windowId: id, url: 'about:blank' }), windowId),
    ]);
    return page;
  };

  return {
    name: 'chromium',
    get extensionId() {
      return extensionId();
    },
    async newPage(viewport?: Viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return wrapPage(page);
    },
    async openPopup(viewport = { width: 400, height: 700 }, { besides }: { besides?: PageDriver } = {}) {
      const windowId = besides && windowIds.get(besides);
      if (besides && windowId === undefined) throw new Error('openPopup besides a page that newWindow() did not open');
      const page = windowId === undefined ? await context.newPage() : await tabIn(windowId);
      await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${extensionId()}/popup.html`);
      return wrapPage(page);
    },
    async newWindow(viewport = WIDE) {
      // Playwright opens pages as tabs of the browser's first window; the windows API opens a window.
      const [page, windowId] = await Promise.all([
        context.waitForEvent('page'),
        worker.evaluate(async () => (await chrome.windows.create({ url: 'about:blank', focused: true }))?.id),
      ]);
      if (windowId === undefined) throw new Error('the new window has no id');
      await page.setViewportSize(viewport);
      const driver = wrapPage(page);
      windowIds.set(driver, windowId);
      return driver;
    },
    extensionStorage: () =>
      worker.evaluate(async () => {
        const local = await chrome.storage.local.get(null);
        const session = await chrome.storage.session.get(null);
        return { ...local, ...session };
      }),
    resetStorage: () =>
      worker.evaluate(async () => {
        await chrome.storage.local.clear();
        await chrome.storage.session.clear();
      }),
    requestedUrls: () => [...requests],
    async axe(driver, include) {
      const page = rawPages.get(driver);
      if (!page) throw new Error('not a page of this browser');
      let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
      if (include) builder = builder.include(include);
      const { violations } = await builder.analyze();
      return violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({ id: violation.id, impact: violation.impact ?? '', targets: violation.nodes.map((node) => JSON.stringify(node.target)) }));
    },
    async emulateColorScheme(driver, scheme) {
      await rawPages.get(driver)?.emulateMedia({ colorScheme: scheme });
    },
    async readClipboard(driver) {
      const page = rawPages.get(driver);
      if (!page) throw new Error('not a page of this browser');
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      return page.evaluate(() => navigator.clipboard.readText());
    },
    async domCounters(driver) {
      const page = rawPages.get(driver);
      if (!page) throw new Error('not a page of this browser');
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const counters = await cdp.send('Memory.getDOMCounters');
      await cdp.detach();
      return { nodes: counters.nodes, listeners: counters.jsEventListeners };
    },
    async extensionScripts(driver) {
      const page = rawPages.get(driver);
      if (!page) throw new Error('not a page of this browser');
      const cdp = await context.newCDPSession(page);
      const urls: string[] = [];
      cdp.on('Debugger.scriptParsed', (event) => urls.push(event.url));
      // Enabling the debugger reports every script already parsed, in every world of the page.
      await cdp.send('Debugger.enable');
      await cdp.detach();
      const prefix = `chrome-extension://${extensionId()}`;
      return urls.filter((url) => url.startsWith(prefix)).map((url) => url.slice(prefix.length));
    },
    async reloadExtension() {
      // What chrome://extensions' "Reload" does (runtime.reload() unloads a command-line extension
      // here instead): the same folder loaded again, onInstalled "update", a new service worker.
      const cdp = await context.browser()!.newBrowserCDPSession();
      const next = context.waitForEvent('serviceworker');
      await cdp.send('Extensions.loadUnpacked', { path: extensionDir });
      await cdp.detach();
      worker = await next;
    },
    async restart() {
      await context.close();
      await start();
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
