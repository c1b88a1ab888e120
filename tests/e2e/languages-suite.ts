/**
 * The rescue in the page's language, for each of the ten UI languages: the panel on X's code step
 * speaks the language of `<html lang>` (X's own words on the replica stay English: recognition
 * never depends on the page's language), right to left for Arabic.
 */
import { expect, it } from 'vitest';
import { PAGE_CATALOGUES } from '../../src/i18n';
import { UI_LANGUAGES } from '../../src/page/page-language';
import { type BrowserDriver, inShadow } from './support/driver';
import { useBrowser } from './support/lifecycle';
import { sceneUrl } from './support/scenes';
import { waitForUi } from './support/wait';

export function describeLanguages(launch: () => Promise<BrowserDriver>) {
  const session = useBrowser(launch);

  it.each(UI_LANGUAGES.map((lang) => [lang, { ar: 'ar-SA', pt: 'pt-BR', es: 'es-419' }[lang as string] ?? lang] as const))(
    '%s: the panel on the code step is in that language (page says %s)',
    async (lang, pageLang) => {
      const page = await session.newPage();
      await page.goto(sceneUrl('flow-code-app', { lang: 'en' }));
      await waitForUi(page, (ui) => ui.panel !== null);
      // X sets <html lang> from the account's language (and dir for right-to-left scripts).
      await page.evaluate(
        ([to, rtl]) => {
          document.documentElement.setAttribute('lang', to);
          if (rtl) document.documentElement.setAttribute('dir', 'rtl');
        },
        [pageLang, lang === 'ar'] as [string, boolean],
      );
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
}
