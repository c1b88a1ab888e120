/**
 * The watcher's lifetime against a page that looks for us or tries to stop us (issue 21): on a
 * page where we show nothing the page can find no trace of us; nothing the page sends stops us.
 */
import { expect, it } from 'vitest';
import { type BrowserDriver, type PageDriver, WIDE } from './support/driver';
import { useBrowser } from './support/lifecycle';
import { sceneUrl } from './support/scenes';
import { holdsFor, replicaRendered, waitForUi } from './support/wait';

/** Client-side navigation, as X's router does it. */
function navigate(page: PageDriver, path: string) {
  return page.evaluate((to) => {
    history.pushState({}, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** What a page script sees of us, gathered from before X's first script: every message posted to the
 * window, every event of a name WXT's content scripts use (with our id), and every element or
 * attribute added to the document that names us. Self-contained: it runs in the page. */
function listenForTraces(extensionId: string) {
  const names = ['x2fa', 'rescue', 'wxt', extensionId.toLowerCase()];
  const naming = (text: string) => names.some((name) => text.toLowerCase().includes(name));
  const traces: string[] = [];
  (window as unknown as { __traces: string[] }).__traces = traces;
  addEventListener('message', (event) => traces.push(`message: ${JSON.stringify(event.data)}`), true);
  for (const type of ['content-script-started', 'locationchange']) {
    const name = `${extensionId}:rescue:wxt:${type}`;
    addEventListener(name, () => traces.push(`event on window: ${name}`), true);
    document.addEventListener(name, () => traces.push(`event on document: ${name}`), true);
  }
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element && naming(node.localName)) traces.push(`element: ${node.localName}`);
      const value = record.attributeName ? ((record.target as Element).getAttribute(record.attributeName) ?? '') : '';
      if (record.attributeName && (naming(record.attributeName) || naming(value))) traces.push(`attribute: ${record.attributeName}="${value}"`);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}
const tracesSeen = (page: PageDriver) => page.evaluate(() => [...(window as unknown as { __traces: string[] }).__traces]);

export function describeLifetime(launch: () => Promise<BrowserDriver>) {
  const session = useBrowser(launch);

  it('on the timeline, the page hears no message or event naming the extension and finds no mark of it in the DOM', async () => {
    const page = await session.newPage(WIDE);
    await page.beforeLoad(listenForTraces, session.browser.extensionId);
    await page.goto(sceneUrl('home', { lang: 'en' }));
    await replicaRendered(page);
    await holdsFor(
      () => tracesSeen(page),
      (traces) => traces.length === 0,
      1500,
      'nothing on the timeline names the extension',
    );
    // The watcher was there all along: the same page, once on a code step, gets the panel.
    await navigate(page, '/i/flow/login?ocf=1&step=code&method=app');
    const ui = await waitForUi(page, (next) => next.panel !== null);
    expect(ui.context).toBe('code-prompt');
  });

  it('a page that sends WXT’s announcement back (as a newer copy would) does not stop the extension: the next code step gets its panel', async () => {
    const page = await session.newPage(WIDE);
    await page.goto(sceneUrl('home', { lang: 'en' }));
    await replicaRendered(page);
    await page.evaluate((id) => {
      const type = `${id}:rescue:wxt:content-script-started`;
      const detail = { contentScriptName: 'rescue', messageId: 'from-the-page' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      postMessage({ type, ...detail }, '*');
      dispatchEvent(new Event('wxt:locationchange'));
    }, session.browser.extensionId);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await navigate(page, '/i/flow/login?ocf=1&step=code&method=app');
    const ui = await waitForUi(page, (next) => next.panel !== null);
    expect(ui.context).toBe('code-prompt');
  });
}
