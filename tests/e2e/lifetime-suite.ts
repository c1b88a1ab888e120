/**
 * The watcher's lifetime against a page that looks for us or tries to stop us, and across an
 * update of the extension while X's tab stays open (issue 21): on a page where we show nothing
 * the page can find no trace of us; nothing the page sends stops us; a page that took our
 * element's name still gets the panel; after an update the new copy takes over with one host,
 * the guide where it was, and nothing in the page's console.
 */
import { expect, it } from 'vitest';
import { type BrowserDriver, type PageDriver, WIDE } from './support/driver';
import { snapshotGuide } from './support/guide-probes';
import { useBrowser } from './support/lifecycle';
import { sceneUrl } from './support/scenes';
import { clickControlWithText, holdsFor, poll, replicaRendered, startGuideFromPopup, waitForUi } from './support/wait';

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

/** Every element that hosts our UI, whatever its name (`x2fa-rescue`, or a name of our own where the page took that one). */
function ourHosts() {
  return [...document.querySelectorAll('*')]
    .filter((el) => el.localName.startsWith('x2fa-rescue') && el.shadowRoot?.querySelector('[data-rescue]'))
    .map((el) => ({
      name: el.localName,
      context: el.getAttribute('data-context'),
      panel: (el.shadowRoot?.querySelector<HTMLElement>('[data-rescue="panel"]')?.getBoundingClientRect().width ?? 0) > 0,
    }));
}

/** From now on, the most of our hosts the page ever had at once (read with `mostHostsAtOnce`). */
function countHostsFromNow() {
  const state = window as unknown as { __mostHosts: number };
  const count = () => (state.__mostHosts = Math.max(state.__mostHosts ?? 0, document.querySelectorAll('x2fa-rescue').length));
  count();
  new MutationObserver(count).observe(document, { subtree: true, childList: true });
}
const mostHostsAtOnce = (page: PageDriver) => page.evaluate(() => (window as unknown as { __mostHosts: number }).__mostHosts);

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

  it('a page that defined <x2fa-rescue> as its own element first still gets the panel, in one host of ours', async () => {
    const page = await session.newPage(WIDE);
    await page.beforeLoad(() => {
      // Its constructor takes the shadow root, so ours cannot be attached to an element of that name;
      // and its code would run on ours, were ours its element.
      const page = window as unknown as { __connected: number };
      page.__connected = 0;
      customElements.define(
        'x2fa-rescue',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'closed' });
          }
          connectedCallback() {
            page.__connected++;
          }
        },
      );
    });
    await page.goto(sceneUrl('flow-code-app', { lang: 'en' }));
    const hosts = await poll(
      () => page.evaluate(ourHosts),
      (found) => found.some((host) => host.panel),
      { what: 'our panel in a host of ours' },
    );
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.context).toBe('code-prompt');
    expect(await page.evaluate(() => (window as unknown as { __connected: number }).__connected)).toBe(0);
    expect(page.problems()).toEqual([]);
  });

  it('an update while the panel is shown on a code step: one host throughout, the panel follows X’s flow, nothing in the console', async () => {
    const page = await session.newPage(WIDE);
    await page.goto(sceneUrl('flow-code-app', { lang: 'en' }));
    await waitForUi(page, (ui) => ui.panel !== null);
    await page.evaluate(countHostsFromNow);

    await session.browser.reloadExtension();
    // The new copy draws its panel where the old one was.
    await waitForUi(page, (ui) => ui.panel !== null && ui.hosts === 1);
    // And follows X's flow from there: the method list, then the text-message step.
    await clickControlWithText(page, 'different verification method');
    const choose = await waitForUi(page, (ui) => ui.context === 'choose-method' && ui.panel !== null);
    expect(choose.hosts).toBe(1);
    await clickControlWithText(page, '^\\s*Text message');
    const sms = await waitForUi(page, (ui) => ui.context === 'code-prompt' && ui.panel !== null && /34/.test(ui.panel.text));
    expect(sms.hosts).toBe(1);
    // Away from the login: no host left behind, old or new.
    await navigate(page, '/home');
    await waitForUi(page, (ui) => ui.hosts === 0);
    expect(await mostHostsAtOnce(page)).toBe(1);
    expect(page.problems()).toEqual([]);
  });

  it('an update while a guide runs: the guide resumes at its step and goes on', async () => {
    const page = await session.newPage(WIDE);
    await page.goto(sceneUrl('home', { lang: 'en' }));
    await replicaRendered(page);
    await startGuideFromPopup(session.browser, 'backup-code');
    const menu = '[data-testid="AppTabBar_More_Menu"]';
    await poll(
      () => page.evaluate(snapshotGuide),
      (guide) => guide.step === 'open-menu' && guide.ring !== null,
      { what: 'the guide’s first ring' },
    );
    await page.click(menu);
    await poll(
      () => page.evaluate(snapshotGuide),
      (guide) => guide.step === 'open-settings' && guide.ring !== null,
      { what: 'the guide’s second step' },
    );
    await page.evaluate(countHostsFromNow);

    await session.browser.reloadExtension();
    // X's menu is still open: the guide is where it was, in one host.
    const resumed = await poll(
      async () => ({ ...(await page.evaluate(snapshotGuide)), hosts: await page.evaluate(() => document.querySelectorAll('x2fa-rescue').length) }),
      (guide) => guide.step === 'open-settings' && guide.ring !== null && guide.hosts === 1,
      { what: 'the guide at its step after the update' },
    );
    expect(resumed.hosts).toBe(1);
    await page.click('#layers a[href="/settings"]');
    const next = await poll(
      () => page.evaluate(snapshotGuide),
      (guide) => guide.step === 'account-access' && guide.ring !== null,
      { what: 'the resumed guide to go on to its next step' },
    );
    expect(next.ring).not.toBeNull();
    expect(await mostHostsAtOnce(page)).toBe(1);
    // The extension itself has the guide (not only a copy left in the page's memory): a reload keeps it.
    await page.reload();
    await poll(
      () => page.evaluate(snapshotGuide),
      (guide) => guide.step === 'account-access' && guide.ring !== null,
      { what: 'the guide to be there after a reload of the tab' },
    );
    expect(page.problems()).toEqual([]);
  });
}
