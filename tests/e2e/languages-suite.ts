/**
 * The rescue in the page's language, for each of the ten UI languages: the panel on X's code step
 * speaks the language of `<html lang>` (X's own words on the replica stay English: recognition
 * never depends on the page's language), right to left for Arabic.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_CATALOGUES, POPUP_CATALOGUES } from '../../src/i18n';
import { UI_LANGUAGES } from '../../src/page/page-language';
import { type BrowserDriver, inShadow } from './support/driver';
import { useBrowser } from './support/lifecycle';
import { contains, overlaps } from './support/rects';
import { sceneUrl } from './support/scenes';
import { snapshotGuide, visibleBox } from './support/guide-probes';
import { redrawPopupIn } from './support/popup-redraw';
import { poll, replicaRendered, startGuideFromPopup, waitForUi } from './support/wait';
import { X_LABELS } from '../../src/page/x-labels';
import { GUIDE_CATALOGUES } from '../../src/i18n';

/** `uiLanguageSettable`: the launcher can start the browser in another UI language (then
 * popup-language-suite tests the popup's language for real, and the stand-in below is not needed). */
/** `allLanguages`: the panel in each of the ten (else a sample of scripts: Latin, Japanese, Korean, Arabic), to keep the suite within its time. */
export function describeLanguages(
  launch: () => Promise<BrowserDriver>,
  { uiLanguageSettable, allLanguages }: { uiLanguageSettable: boolean; allLanguages: boolean },
) {
  const session = useBrowser(launch);

  /** Sets the page's language as X does from the account's setting. */
  const speak = (page: Awaited<ReturnType<typeof session.newPage>>, lang: string, rtl: boolean) =>
    page.evaluate(
      ([to, right]) => {
        document.documentElement.setAttribute('lang', to);
        if (right) document.documentElement.setAttribute('dir', 'rtl');
      },
      [lang, rtl] as [string, boolean],
    );

  const panelLanguages = allLanguages ? UI_LANGUAGES : UI_LANGUAGES.filter((lang) => ['en', 'ja', 'ko', 'ar', 'de'].includes(lang));
  it.each(panelLanguages.map((lang) => [lang, { ar: 'ar-SA', pt: 'pt-BR', es: 'es-419' }[lang as string] ?? lang] as const))(
    '%s: the panel on the code step is in that language (page says %s)',
    async (lang, pageLang) => {
      const page = await session.newPage();
      await page.goto(sceneUrl('flow-code-app', { lang: 'en' }));
      await waitForUi(page, (ui) => ui.panel !== null);
      // X sets <html lang> from the account's language (and dir for right-to-left scripts).
      await speak(page, pageLang, lang === 'ar');
      const title = PAGE_CATALOGUES[lang]['panel.title'];
      const ui = await waitForUi(page, (next) => next.lang === lang && next.panel !== null && next.panel.text.includes(title));
      expect(ui.context).toBe('code-prompt');
      const direction = await page.evaluate((selector) => {
        const host = document.querySelector('x2fa-rescue');
        return host?.shadowRoot?.querySelector(selector.split(' >>> ')[1]!)?.closest('[dir]')?.getAttribute('dir');
      }, inShadow('[data-rescue="panel"]'));
      expect(direction).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    },
  );

  it('draws the panel in Japanese from its first frame on a Japanese page (never English first)', async () => {
    const page = await session.newPage();
    // X's spinner shows for 1.5 s: time to start recording before our UI draws anything.
    await page.goto(sceneUrl('flow-code-app', { lang: 'ja', delay: 1500 }));
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as { panelTexts?: string[] }).panelTexts = seen;
      const record = () => {
        const text = document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="panel"]')?.textContent;
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      };
      let watchingShadow = false;
      new MutationObserver(() => {
        const root = document.querySelector('x2fa-rescue')?.shadowRoot;
        if (root && !watchingShadow) {
          watchingShadow = true;
          new MutationObserver(record).observe(root, { childList: true, subtree: true, characterData: true });
        }
        record();
      }).observe(document.documentElement, { childList: true, subtree: true });
    });
    await waitForUi(page, (ui) => ui.panel !== null && ui.panel.text.includes(PAGE_CATALOGUES.ja['panel.title']));
    const seen = await page.evaluate(() => (window as { panelTexts?: string[] }).panelTexts ?? []);
    expect(seen.length).toBeGreaterThan(0);
    for (const text of seen) expect(text).not.toContain(PAGE_CATALOGUES.en['panel.title']);
  });

  it('guides in Arabic, right to left, on X’s mirrored page with its Arabic labels', async () => {
    const page = await session.newPage();
    // The replica draws X's Arabic labels, right to left (its other words stay English: unknown).
    await page.goto(sceneUrl('settings', { lang: 'ar' }));
    await replicaRendered(page);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await startGuideFromPopup(session.browser, 'backup-code');
    const label = X_LABELS.ar.securityAndAccountAccess;
    const guide = await poll(
      () => page.evaluate(snapshotGuide),
      (g) => g.step === 'account-access' && g.text.includes(label),
      {
        timeout: 6000,
        what: 'the Arabic step naming X’s Arabic label',
      },
    );
    // The instruction is the Arabic one, around X's label (isolated, so it keeps its direction).
    for (const part of GUIDE_CATALOGUES.ar['guide.choose'].split('{label}')) expect(guide.text).toContain(part.trim());
    expect(guide.text).toContain(`\u2068${label}\u2069`);
    const direction = await page.evaluate(() =>
      document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="step"]')?.closest('[dir]')?.getAttribute('dir'),
    );
    expect(direction).toBe('rtl');
    // The ring is on the item that shows that label, and the callout leaves it readable.
    const item = await page.evaluate(visibleBox, '[data-testid="accountAccessLink"]');
    const shown = await page.evaluate(() => document.querySelector('[data-testid="accountAccessLink"]')?.textContent ?? '');
    expect(shown).toContain(label);
    expect(guide.ring && item && contains(guide.ring, item)).toBe(true);
    expect(guide.callout && item && overlaps(guide.callout, item)).toBe(false);
  });

  it('in a language outside the ten, guides in English but quotes the words X shows on the page', async () => {
    const page = await session.newPage();
    // X's page shows its Japanese labels; the page says Italian, one of X's languages we have no text for.
    await page.goto(sceneUrl('settings', { lang: 'ja' }));
    await replicaRendered(page);
    await speak(page, 'it', false);
    await startGuideFromPopup(session.browser, 'backup-code');
    const shown = X_LABELS.ja.securityAndAccountAccess;
    const guide = await poll(
      () => page.evaluate(snapshotGuide),
      (g) => g.step === 'account-access' && g.text.includes(shown),
      {
        timeout: 6000,
        what: 'the English step quoting the label read from the page',
      },
    );
    expect(guide.text).not.toContain(X_LABELS.en.securityAndAccountAccess);
    expect(guide.text).toContain(GUIDE_CATALOGUES.en['guide.choose'].replace('{label}', shown));
  });

  it('shows the popup whole on a 360 px phone screen: one column, nothing cut off', async () => {
    const popup = session.track(await session.browser.openPopup({ width: 360, height: 740 }));
    await poll(
      () => popup.evaluate(() => document.querySelectorAll('[data-rescue="checklist-item"]').length),
      (count) => count > 0,
      { what: 'the checklist' },
    );
    const layout = await popup.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const outside = [...document.querySelectorAll('button, input, label, a, h1, h2, p')]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.left < -0.5 || r.right > width + 0.5))
        .map(({ el }) => el.outerHTML.slice(0, 80));
      return { viewport: innerWidth, width, scrollWidth: document.documentElement.scrollWidth, outside };
    });
    expect(layout.viewport).toBe(360);
    // Within the page's width (less a scrollbar, where the browser draws one): no sideways scrolling.
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
    expect(layout.outside).toEqual([]);
  });

  describe('guide titles fit one line on a 360 px phone, in every language', () => {
    const GUIDES = ['backup-code', 'temporary-password', 'two-factor-methods'] as const;

    it('the popup’s guide buttons', async () => {
      const popup = session.track(await session.browser.openPopup({ width: 360, height: 740 }));
      await poll(
        () => popup.evaluate(() => document.querySelectorAll('[data-rescue="checklist-item"]').length),
        (count) => count > 0,
        { what: 'the popup' },
      );
      const wrapped: string[] = [];
      for (const lang of UI_LANGUAGES) {
        if (lang !== 'en') await redrawPopupIn(popup, lang);
        const buttons = await popup.evaluate(() =>
          [...document.querySelectorAll('[data-rescue="start-guide"]')].map((button) => {
            const range = document.createRange();
            range.selectNodeContents(button);
            const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
            return { text: button.textContent ?? '', lines: new Set(tops).size };
          }),
        );
        expect(buttons.map((b) => b.text).sort(), lang).toEqual(GUIDES.map((id) => POPUP_CATALOGUES[lang][`popup.guide.${id}`]).sort());
        for (const button of buttons) if (button.lines !== 1) wrapped.push(`${lang}: “${button.text}” takes ${button.lines} lines`);
      }
      expect(wrapped).toEqual([]);
    });

    it('the title of the guide’s own instruction box', async () => {
      const page = await session.newPage({ width: 360, height: 740 });
      await page.goto(sceneUrl('settings-2fa', { layout: 'narrow' }));
      await replicaRendered(page);
      await startGuideFromPopup(session.browser, 'backup-code');
      await poll(
        () => page.evaluate(snapshotGuide),
        (g) => g.callout !== null,
        { what: 'the instruction box' },
      );
      const wrapped: string[] = [];
      for (const lang of UI_LANGUAGES) {
        const texts = GUIDE_CATALOGUES[lang];
        const count = texts['guide.step-count'].replace('{n}', '7').replace('{total}', '7');
        for (const id of GUIDES) {
          // X's fonts and our CSS as drawn: the box's own title element, given each language's title.
          const lines = await page.evaluate(
            ([title, counted, language, rtl]) => {
              const box = document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="step"]');
              const strong = box?.querySelector('.callout-title strong');
              const countEl = box?.querySelector('.callout-count');
              if (!box || !strong || !countEl) return -1;
              const root = box.closest('[dir]') ?? box;
              root.setAttribute('lang', language);
              root.setAttribute('dir', rtl ? 'rtl' : 'ltr');
              strong.textContent = title;
              countEl.textContent = counted;
              const range = document.createRange();
              range.selectNodeContents(strong);
              return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
            },
            [texts[`guide.title.${id}`], count, lang, lang === 'ar'] as [string, string, string, boolean],
          );
          if (lines !== 1) wrapped.push(`${lang}: “${texts[`guide.title.${id}`]}” takes ${lines} lines`);
        }
      }
      expect(wrapped).toEqual([]);
    });
  });

  // Where the browser's UI language cannot be set (Firefox takes it from language packs, and
  // none is installed here), the popup's own entry runs a second time with getUILanguage
  // answering another language, so the language's chunk is loaded as in use, through the built
  // entry's import (built-bundles: no other language in it).
  if (!uiLanguageSettable) {
    it.each([
      ['ja', 'ltr'],
      ['ar', 'rtl'],
    ] as const)('loads the popup’s %s texts from their chunk before it draws (%s)', async (lang, dir) => {
      const popup = session.track(await session.browser.openPopup({ width: 360, height: 740 }));
      await poll(
        () => popup.evaluate(() => document.querySelectorAll('[data-rescue="checklist-item"]').length),
        (count) => count > 0,
        { what: 'the popup in English' },
      );
      const shown = await redrawPopupIn(popup, lang);
      expect(shown.lang).toBe(lang);
      expect(shown.dir).toBe(dir);
      for (const key of ['popup.intro', 'check.app.title', 'popup.guides.intro'] as const) expect(shown.text, key).toContain(POPUP_CATALOGUES[lang][key]);
      expect(shown.text).not.toContain(POPUP_CATALOGUES.en['popup.intro']);
      expect(shown.firstText).toContain(POPUP_CATALOGUES[lang]['popup.intro']);
    });
  }
}
