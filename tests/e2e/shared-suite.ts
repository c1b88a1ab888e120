/**
 * The end-to-end suite, run against the built extension in each real browser.
 * Pages are the local replica of X (tests/fixtures/replica), served for x.com.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BrowserDriver, inShadow, type PageDriver, PHONE, WIDE } from './support/driver';
import { boxOfControlWithText, panelDelayAfter, type UiSnapshot } from './support/page-probes';
import { expectUncovered, expectUncoveredAfterReflow, label, viewportsFor } from './support/coverage';
import { sceneUrl, type SceneId } from './support/scenes';
import { visibleBox } from './support/guide-probes';
import { clickControlWithText, holdsFor, openCheckup, poll, uiStaysFor, waitFor, waitForUi } from './support/wait';

const hasPanel = (ui: UiSnapshot) => ui.panel !== null;
const CODE_INPUT = 'input[data-testid="ocfEnterTextTextInput"], input[autocomplete="one-time-code"]';

export interface SuiteOptions {
  /** Run every case of the long matrices (one browser does; the other runs a sample). */
  thorough: boolean;
  /** Whether the harness can restart the browser on the same profile. */
  restartable: boolean;
}

export function describeExtension(launch: () => Promise<BrowserDriver>, { restartable, thorough }: SuiteOptions) {
  let browser: BrowserDriver;
  let page: PageDriver;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Each test starts from empty extension storage (no ticks, answers or closed panels left
  // by another), so any one of them runs alone with `-t`.
  beforeEach(async () => {
    await browser.resetStorage();
  });
  afterEach(async () => {
    await page?.close().catch(() => {}); // also after a failure: leave no tab behind
  });

  /** Waits until the extension has stored something under each of these item ids. */
  const storageMentions = (...ids: string[]) =>
    poll(
      async () => JSON.stringify(await browser.extensionStorage()),
      (stored) => ids.every((id) => stored.includes(`"${id}"`)),
      { what: `${ids.join(', ')} in extension storage` },
    );

  async function open(url: string, viewport = WIDE): Promise<PageDriver> {
    await page?.close().catch(() => {});
    page = await browser.newPage(viewport);
    await page.goto(url);
    return page;
  }

  describe('on the two-factor prompt', () => {
    it('shows the panel within a second of the older layout’s code step, in English and light', async () => {
      await open(sceneUrl('flow-code-app', { lang: 'en', theme: 'light', delay: 700 }));
      const delay = await page.evaluate(panelDelayAfter, CODE_INPUT);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(1000);
      const ui = await waitForUi(page, hasPanel);
      expect(ui).toMatchObject({ hosts: 1, context: 'code-prompt', lang: 'en', theme: 'light' });
      expect(ui.panel?.role).toBe('complementary');
      expect(ui.panel?.name).not.toBe('');
      expect(ui.panel?.text).toContain('Authentication app');
      expect(ui.supportLink).toEqual({
        href: 'https://help.x.com/en/forms/account-access/regain-access',
        target: '_blank',
        rel: expect.stringMatching(/noopener|noreferrer/) as unknown, // an asymmetric matcher (typed any)
      });
      await expectUncovered(page, 'settled');
      await page.close();
    });

    it('speaks Japanese and follows the dark theme, and a theme switch made on the page', async () => {
      await open(sceneUrl('flow-code-app', { lang: 'ja', theme: 'dark' }));
      const ui = await waitForUi(page, hasPanel);
      expect(ui).toMatchObject({ context: 'code-prompt', lang: 'ja', theme: 'dark' });
      expect(ui.panel?.text).toContain('認証アプリ');
      expect(ui.supportLink?.href).toBe('https://help.x.com/ja/forms/account-access/regain-access');
      await page.evaluate(() => (window as unknown as { __replica: { setTheme(t: string): void } }).__replica.setTheme('light'));
      await waitForUi(page, (next) => next.theme === 'light');
      await page.evaluate(() => (window as unknown as { __replica: { setTheme(t: string): void } }).__replica.setTheme('dim'));
      await waitForUi(page, (next) => next.theme === 'dark');
      await page.close();
    });

    it('works on twitter.com too, in English for languages it has no words for, on the start side for right-to-left pages', async () => {
      await open(sceneUrl('flow-code-app', { lang: 'en', host: 'https://twitter.com' }));
      expect((await waitForUi(page, hasPanel)).context).toBe('code-prompt');
      // X switches the page to Hebrew: right to left, a language we fall back to English for.
      await page.evaluate(() => {
        document.documentElement.setAttribute('lang', 'he');
        document.documentElement.setAttribute('dir', 'rtl');
      });
      const ui = await waitForUi(page, (next) => next.panel !== null && next.panel.rect.left < 200);
      expect(ui.lang).toBe('en');
      const dialog = await page.evaluate(() => {
        const r = document.querySelector('[role="dialog"]')!.getBoundingClientRect();
        return { left: r.left, right: r.right };
      });
      expect(ui.panel!.rect.right).toBeLessThanOrEqual(dialog.left);
      await expectUncovered(page, 'settled');
    });

    it('shows the panel on the 2026 layout’s code step, and not on its e-mail code step', async () => {
      await open(sceneUrl('jf-code', { lang: 'en' }));
      const ui = await waitForUi(page, hasPanel);
      expect(ui.context).toBe('code-prompt');
      await expectUncovered(page, 'settled');
      // Same tab, hash navigation to the e-mail confirmation trap.
      await page.evaluate(() => {
        location.hash = '#/s/email_code/a4';
      });
      const after = await waitForUi(page, (next) => next.hosts === 0 || next.context === 'other');
      expect(after.panel).toBeNull();
      await page.close();
    });

    it('follows X’s single-page flow from username to the code step without a reload', async () => {
      await open(sceneUrl('flow-username', { lang: 'en' }));
      await uiStaysFor(page, (ui) => ui.hosts === 0, 600, 'no UI on the username step');
      await clickControlWithText(page, '^\\s*(Next)\\s*$');
      await waitFor(page, () => Boolean(document.querySelector('input[type="password"]')));
      await uiStaysFor(page, (ui) => ui.panel === null, 300, 'no panel on the password step'); // not a code prompt
      await clickControlWithText(page, '^\\s*(Log in|Next)\\s*$');
      const ui = await waitForUi(page, hasPanel);
      expect(ui.context).toBe('code-prompt');
      await page.close();
    });

    it('names the phone’s last digits on the text-message step, in narrow layout without covering X', async () => {
      await open(sceneUrl('flow-code-sms', { lang: 'en', layout: 'narrow' }), PHONE);
      const ui = await waitForUi(page, hasPanel);
      expect(ui.panel?.text).toContain('34');
      expect(ui.panel?.text).toContain('Premium');
      await expectUncovered(page, 'settled');
      await page.close();
    });

    // The panel opens by itself here: at no size, in neither layout or language, may it cover
    // X's controls, neither once settled nor after X's text reflows (other fonts, other metrics).
    // Both layouts at every size; the languages take turns, so each layout meets both across sizes.
    viewportsFor(thorough).forEach((viewport, index) => {
      it(`never covers X’s code field or buttons, however X’s text is laid out: ${viewport.width}×${viewport.height}`, async () => {
        const layout = viewport.width < 700 ? 'narrow' : 'wide';
        const langs = index % 2 === 0 ? (['en', 'ja'] as const) : (['ja', 'en'] as const);
        for (const [id, lang] of [
          ['flow-code-app', langs[0]],
          ['jf-code', langs[1]],
        ] as const) {
          const what = label(`${id} ${lang}`, viewport);
          await open(sceneUrl(id, { lang, layout }), viewport);
          await waitForUi(page, (next) => next.panel !== null || next.launcher !== null);
          const ui = await expectUncovered(page, what);
          // Where the geometry leaves room, the panel shows rather than folding away.
          if (viewport.width >= 390) expect(ui.panel, what).not.toBeNull();
          await expectUncoveredAfterReflow(page, what);
          await page.close();
        }
      });
    });

    it('points at X’s “choose a different method” control without taking its click', async () => {
      await open(sceneUrl('flow-code-app', { lang: 'en' }));
      await waitForUi(page, hasPanel);
      await page.click(inShadow('[data-rescue="show-method"]'));
      const ui = await waitForUi(page, (next) => next.highlight !== null);
      const target = await page.evaluate(boxOfControlWithText, 'different verification method');
      expect(target).not.toBeNull();
      expect(ui.highlight!.left).toBeLessThanOrEqual(target!.left);
      expect(ui.highlight!.top).toBeLessThanOrEqual(target!.top);
      expect(ui.highlight!.right).toBeGreaterThanOrEqual(target!.right);
      expect(ui.highlight!.bottom).toBeGreaterThanOrEqual(target!.bottom);
      // A real click on the ringed control reaches X: it moves on to the method list.
      await clickControlWithText(page, 'different verification method');
      const next = await waitForUi(page, (state) => state.context === 'choose-method');
      expect(next.panel).not.toBeNull();
      await page.close();
    });

    it('acts only on the person’s own clicks and keys, never on events the page’s scripts dispatch at it', async () => {
      await open(sceneUrl('flow-code-backup', { lang: 'en' }));
      await waitForUi(page, hasPanel);
      // Any script on x.com can reach into the open shadow root and press our controls.
      await page.evaluate(() => {
        const root = document.querySelector('x2fa-rescue')!.shadowRoot!;
        root.querySelector<HTMLElement>('[data-rescue="close"]')!.click();
        root.querySelector('[data-rescue="panel"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      });
      await uiStaysFor(page, hasPanel, 400, 'the panel stays open after scripted presses');
      await page.click(inShadow('[data-rescue="close"]'));
      await waitForUi(page, (ui) => ui.panel === null && ui.launcher !== null);
      await page.close();
    });

    it('remembers a closed panel for the tab, across a reload', async () => {
      await open(sceneUrl('flow-code-backup', { lang: 'en' }));
      await waitForUi(page, hasPanel);
      await page.click(inShadow('[data-rescue="close"]'));
      const closed = await waitForUi(page, (ui) => ui.panel === null && ui.launcher !== null);
      expect(closed.context).toBe('code-prompt');
      await page.reload();
      const reloaded = await waitForUi(page, (ui) => ui.launcher !== null);
      await uiStaysFor(page, (ui) => ui.panel === null, 500, 'the closed panel stays closed after the reload');
      expect(reloaded.hosts).toBe(1);
      await page.click(inShadow('[data-rescue="launcher"]'));
      await waitForUi(page, hasPanel);
      await page.close();
    });

    it('closes with Escape and gives focus back to the launcher', async () => {
      await open(sceneUrl('flow-code-app', { lang: 'en' }));
      await waitForUi(page, hasPanel);
      await page.click(inShadow('[data-rescue="close"]'));
      await page.click(inShadow('[data-rescue="launcher"]'));
      await waitForUi(page, hasPanel);
      await page.press('Escape');
      await waitForUi(page, (ui) => ui.panel === null && ui.launcher !== null);
      await waitFor(page, () => document.querySelector('x2fa-rescue')?.shadowRoot?.activeElement?.getAttribute('data-rescue') === 'launcher');
      await page.close();
    });
  });

  describe('recovery assistant and support request', () => {
    it('plans the way back from the answers, and keeps the answers until cleared', async () => {
      await open(sceneUrl('flow-code-sms', { lang: 'ja' }));
      await waitForUi(page, hasPanel);
      await page.click(inShadow('[data-rescue="open-assistant"]'));
      await waitFor(page, () => Boolean(document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="plan"]')));
      const plan = () =>
        page.evaluate(() =>
          [...(document.querySelector('x2fa-rescue')?.shadowRoot?.querySelectorAll('[data-rescue="plan"] li') ?? [])].map((li) => li.getAttribute('data-step')),
        );
      expect((await plan())[0]).toBe('plan.recover-email'); // nothing ticked: the honest worst case
      await page.click(inShadow('input[data-have="email"]'));
      await page.click(inShadow('input[data-have="backup"]'));
      expect((await plan()).slice(0, 2)).toEqual(['plan.backup', 'plan.support']);
      await page.reload();
      await waitForUi(page, hasPanel);
      await page.click(inShadow('[data-rescue="open-assistant"]'));
      await waitFor(page, () => Boolean(document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('input[data-have="backup"]:checked')));
      expect((await plan())[0]).toBe('plan.backup');
    });

    it('quotes the 2026 code step’s own words for another method in the plan', async () => {
      const wordings = ['Try another way', 'Use a different method', 'Other options'];
      for (const shape of thorough ? [0, 1, 2] : [1]) {
        await open(sceneUrl('jf-code-app', { lang: 'en', shape }));
        await waitForUi(page, hasPanel);
        await page.click(inShadow('[data-rescue="open-assistant"]'));
        await waitFor(page, () => Boolean(document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('input[data-have="backup"]')));
        const ticked = await page.evaluate(() =>
          Boolean(document.querySelector('x2fa-rescue')!.shadowRoot!.querySelector('input[data-have="backup"]:checked')),
        );
        if (!ticked) await page.click(inShadow('input[data-have="backup"]'));
        await waitFor(page, () => Boolean(document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="plan"] [data-step="plan.backup"]')));
        const step = await page.evaluate(
          () => document.querySelector('x2fa-rescue')!.shadowRoot!.querySelector('[data-rescue="plan"] [data-step="plan.backup"]')!.textContent,
        );
        expect(step).toContain(`under the code box, choose “${wordings[shape]}”, then the backup code.`);
      }
    });

    it('asks for the registered email in the composer while it is empty, without holding back the copy', async () => {
      await open(sceneUrl('jf-code-app', { lang: 'en' }));
      await waitForUi(page, hasPanel);
      await page.click(inShadow('[data-rescue="open-composer"]'));
      await waitFor(page, () => Boolean(document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="email-missing"]')));
      const warning = await page.evaluate(() => document.querySelector('x2fa-rescue')!.shadowRoot!.querySelector('[data-rescue="email-missing"]')!.textContent);
      expect(warning).toContain('X usually cannot confirm that the account is yours');
      await page.click(inShadow('[data-rescue="copy-message"]'));
      await waitFor(page, () => document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-copy="copied"], [data-copy="failed"]') !== null);
      await page.type(inShadow('#composer-email'), 'hanako@example.jp');
      await waitFor(page, () => !document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="email-missing"]'));
    });

    it('writes the request from the user’s own words, shows hostile text as text, and copies it', async () => {
      await open(sceneUrl('flow-code-app', { lang: 'ja' }));
      await waitForUi(page, hasPanel);
      await page.click(inShadow('[data-rescue="open-composer"]'));
      await page.type(inShadow('#composer-username'), '@hanako_x');
      await page.type(inShadow('#composer-email'), 'hanako@example.jp');
      await page.type(inShadow('#composer-happened'), '<img src=x onerror=alert(1)> changed password');
      const read = () =>
        page.evaluate(() => {
          const root = document.querySelector('x2fa-rescue')!.shadowRoot!;
          return { message: root.querySelector<HTMLTextAreaElement>('[data-rescue="message"]')!.value, images: root.querySelectorAll('img').length };
        });
      const out = await read();
      // On a Japanese page: Japanese first (to check), then the same in English for X.
      const [own, english] = out.message.split(/\n-+ 以下、同じ内容の英語です \(English\) -+\n/) as [string, string];
      expect(own).toContain('アカウント：@hanako_x');
      expect(english.trim().split('\n')[0]).toBe('Locked out by two-factor authentication: @hanako_x');
      expect(english).toContain('- Registered email: hanako@example.jp');
      expect(english).toContain('- What happened: <img src=x onerror=alert(1)> changed password');
      expect(out.images).toBe(0);

      await page.click(inShadow('[data-rescue="copy-message"]'));
      await waitFor(page, () => document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-copy="copied"], [data-copy="failed"]') !== null);
      if (browser.readClipboard) expect(await browser.readClipboard(page)).toBe(out.message);
      else {
        // Without a readable clipboard here: either it was copied, or the request is selected for copying by hand.
        const state = await page.evaluate(() => {
          const root = document.querySelector('x2fa-rescue')!.shadowRoot!;
          const area = root.querySelector<HTMLTextAreaElement>('[data-rescue="message"]')!;
          return {
            copy: root.querySelector('[data-copy]')!.getAttribute('data-copy'),
            selected: area.selectionEnd - area.selectionStart,
            length: area.value.length,
          };
        });
        if (state.copy === 'failed') expect(state.selected).toBe(state.length);
      }
      // The draft lives in the page's memory only: nothing of it is stored.
      expect(JSON.stringify(await browser.extensionStorage())).not.toContain('hanako@example.jp');
    });
  });

  describe('elsewhere', () => {
    it('stays out of the way on the timeline, the e-mail confirmation step and the password step', async () => {
      for (const id of ['home', 'flow-acid', 'flow-password', 'jf-email-code'] as const) {
        await open(sceneUrl(id, { lang: 'en' }));
        await uiStaysFor(page, (ui) => ui.panel === null && ui.launcher === null, 900, `${id}: neither panel nor launcher`);
        await page.close();
      }
    });

    it('offers a launcher on the settings path and marks where the user is', async () => {
      await open(sceneUrl('settings-security', { lang: 'en', theme: 'dark' }));
      const ui = await waitForUi(page, (next) => next.launcher !== null);
      expect(ui).toMatchObject({ hosts: 1, context: 'settings', theme: 'dark', panel: null });
      await expectUncovered(page, 'settled');
      await page.click(inShadow('[data-rescue="launcher"]'));
      const open_ = await waitForUi(page, hasPanel);
      expect(open_.currentStep).toContain('Security');
      expect(open_.currentStep).not.toContain('account access');
      await page.close();
    });

    it('opened by hand on the settings path, leaves free the item the path names next', async () => {
      const next: [SceneId, string][] = [
        ['settings', '/settings/security_and_account_access'],
        ['settings-access', '/settings/security'],
        ['settings-security', '/settings/account/login_verification'],
        ['settings-2fa', '/settings/account/login_verification/backup_code'],
      ];
      for (const [id, href] of next) {
        await open(sceneUrl(id, { lang: 'ja' }), { width: 1366, height: 768 });
        await waitFor(page, new Function(`return document.querySelector('a[href="${href}"]') !== null`) as () => boolean);
        await waitForUi(page, (ui) => ui.launcher !== null);
        await page.click(inShadow('[data-rescue="launcher"]'));
        const ui = await waitForUi(page, hasPanel);
        const row = await page.evaluate(visibleBox, `a[href="${href}"]`);
        expect(row, `${id}: ${href} on the page`).not.toBeNull();
        const overlaps =
          row!.left < ui.panel!.rect.right && ui.panel!.rect.left < row!.right && row!.top < ui.panel!.rect.bottom && ui.panel!.rect.top < row!.bottom;
        expect(overlaps, `${id}: the panel leaves ${href} free`).toBe(false);
        await page.close();
      }
    });

    it('keeps one host through many SPA navigations', async () => {
      await open(sceneUrl('settings', { lang: 'en' }));
      await waitForUi(page, (ui) => ui.launcher !== null);
      const paths = ['/settings/security', '/home', '/i/flow/login?ocf=1&step=code&method=app', '/settings/account/login_verification', '/explore'];
      for (let i = 0; i < 30; i++) {
        await page.evaluate(
          (path) => {
            history.pushState({}, '', path);
            dispatchEvent(new PopStateEvent('popstate'));
          },
          paths[i % paths.length],
        );
      }
      await page.evaluate(() => {
        history.pushState({}, '', '/settings/security');
        dispatchEvent(new PopStateEvent('popstate'));
      });
      const ui = await waitForUi(page, (next) => next.context === 'settings' && next.launcher !== null);
      expect(ui.hosts).toBe(1);
      await page.close();
    });
  });

  describe('privacy', () => {
    it('stores nothing typed into X’s inputs and makes no request of its own', async () => {
      await open(sceneUrl('flow-code-app', { lang: 'en' }));
      await waitForUi(page, hasPanel);
      await page.type(CODE_INPUT, '918273');
      // Nothing to wait for when nothing is written: the code stays out of storage for 400 ms.
      const storedJson = async () => JSON.stringify(await browser.extensionStorage());
      await holdsFor(storedJson, (stored) => !stored.includes('918273'), 400, 'the typed code stays out of extension storage');
      const webStorage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
      expect(webStorage).not.toContain('918273');
      const foreign = browser
        .requestedUrls()
        .filter((url) => !/^https:\/\/(mobile\.)?(x|twitter)\.com\//.test(url) && !/^(chrome-extension|moz-extension|data|blob|about):/.test(url));
      expect(foreign).toEqual([]);
      await page.close();
    });
  });

  describe('popup', () => {
    it('keeps checklist ticks across reopening', async () => {
      let popup = await browser.openPopup();
      await waitFor(popup, () => document.querySelectorAll('[data-rescue="checklist-item"]').length > 0);
      const count = await popup.evaluate(
        () => document.querySelectorAll('[data-rescue="checklist"] [data-rescue="checklist-item"] input[type="checkbox"]').length,
      );
      expect(count).toBeGreaterThanOrEqual(6);
      await popup.click('[data-rescue="checklist-item"][data-item="backup-codes"] input[type="checkbox"]');
      await popup.click('[data-rescue="checklist-item"][data-item="contact-support"] input[type="checkbox"]');
      await storageMentions('backup-codes', 'contact-support'); // saved before the popup closes
      await popup.close();
      popup = await browser.openPopup();
      await waitFor(popup, () => document.querySelectorAll('[data-rescue="checklist-item"]').length > 0);
      const ticked = await popup.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement>('[data-rescue="checklist-item"] input')]
          .filter((i) => i.checked)
          .map((i) => i.closest('[data-item]')!.getAttribute('data-item')),
      );
      expect(ticked).toEqual(['backup-codes', 'contact-support']);
      // The check-up for later keeps its own ticks (folded while nothing in it is ticked).
      await openCheckup(popup);
      await popup.click('[data-rescue="checkup-item"][data-item="contact-checked"] input[type="checkbox"]');
      await storageMentions('readiness.contact-checked'); // its own key (one per readiness item)
      await popup.close();
      const again = await browser.openPopup();
      await waitFor(again, () => document.querySelector('[data-rescue="checkup-item"][data-item="contact-checked"] input:checked') !== null);
      expect(await again.evaluate(() => document.querySelectorAll('[data-rescue="checklist-item"] input:checked').length)).toBe(2);
      await again.close();
    });

    // Firefox loads the add-on as a temporary one, which a restart uninstalls.
    if (restartable) {
      it('keeps ticks across a browser restart', async () => {
        const before = await browser.openPopup();
        await waitFor(before, () => document.querySelectorAll('[data-rescue="checklist-item"]').length > 0);
        await before.click('[data-rescue="checklist-item"][data-item="backup-codes"] input[type="checkbox"]');
        await before.click('[data-rescue="checklist-item"][data-item="contact-support"] input[type="checkbox"]');
        await storageMentions('backup-codes', 'contact-support');
        await before.close();
        await browser.restart!();
        const popup = await browser.openPopup();
        await waitFor(popup, () => document.querySelectorAll('[data-rescue="checklist-item"]').length > 0);
        const ticked = await popup.evaluate(
          () => [...document.querySelectorAll<HTMLInputElement>('[data-rescue="checklist-item"] input')].filter((i) => i.checked).length,
        );
        expect(ticked).toBe(2);
        await popup.close();
      });
    }
  });
}
