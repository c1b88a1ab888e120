import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type BrowserDriver, type PageDriver, type Viewport, WIDE } from './driver';

/**
 * One browser for a describe block, and the pages its tests open, closed after
 * each test even when it failed: a tab left behind could receive the next guide.
 * Each test starts from empty extension storage, so none depends on what another
 * left (ticks, answers, a guide, a reminder) and any one runs alone with `-t`.
 */
export function useBrowser(launch: () => Promise<BrowserDriver>) {
  let browser: BrowserDriver | undefined;
  const opened: PageDriver[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await current().resetStorage();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((page) => page.close().catch(() => {})));
  });
  const current = () => {
    if (!browser) throw new Error('the browser is not running');
    return browser;
  };
  return {
    get browser() {
      return current();
    },
    async newPage(viewport: Viewport = WIDE): Promise<PageDriver> {
      const page = await current().newPage(viewport);
      opened.push(page);
      return page;
    },
    /** Closes this page with the others after the test. */
    track(page: PageDriver): PageDriver {
      opened.push(page);
      return page;
    },
  };
}
