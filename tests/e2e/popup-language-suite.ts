/**
 * The popup speaks the browser's language (it has no page to follow): a browser set to a
 * regional variant gets that language, and Arabic is mirrored.
 */
import { describe, expect, it } from 'vitest';
import { POPUP_CATALOGUES } from '../../src/i18n';
import type { UiLanguage } from '../../src/page/page-language';
import type { BrowserDriver } from './support/driver';
import { useBrowser } from './support/lifecycle';
import { poll } from './support/wait';

export function describePopupLanguage(launchIn: (locale: string) => Promise<BrowserDriver>) {
  const cases: [locale: string, lang: UiLanguage, dir: 'ltr' | 'rtl'][] = [
    ['ar', 'ar', 'rtl'],
    ['pt-BR', 'pt', 'ltr'],
  ];
  describe.each(cases)('a browser set to %s', (locale, lang, dir) => {
    const session = useBrowser(() => launchIn(locale));

    it(`shows the popup in ${lang}, ${dir}`, async () => {
      const popup = session.track(await session.browser.openPopup({ width: 360, height: 740 }));
      const texts = POPUP_CATALOGUES[lang];
      const shown = await poll(
        () =>
          popup.evaluate(() => {
            const first = document.querySelector('[data-rescue="checklist-item"]');
            const box = first?.querySelector('input')?.getBoundingClientRect();
            const title = first?.querySelector('label')?.getBoundingClientRect();
            return {
              lang: document.documentElement.lang,
              dir: document.documentElement.dir,
              text: document.body.innerText,
              boxOnRight: box && title ? box.left > title.left : null,
            };
          }),
        // The checklist comes once its ticks are read: wait for it too.
        (s) => s.text.includes(texts['popup.intro']) && s.boxOnRight !== null,
        { what: `the popup's ${lang} text and its checklist` },
      );
      expect(shown).toMatchObject({ lang, dir });
      expect(shown.text).toContain(texts['check.app.title']);
      expect(shown.text).not.toContain(POPUP_CATALOGUES.en['popup.intro']);
      // Mirrored: the tick box sits at the start side, the right in Arabic.
      expect(shown.boxOnRight).toBe(dir === 'rtl');
    });
  });
}
