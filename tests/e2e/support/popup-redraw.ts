/**
 * Draws the open popup again with `getUILanguage` answering another language: its own entry runs
 * a second time, so that language's chunk is loaded as in use. Firefox here has no language packs
 * (its UI language cannot be set), and Chromium would need a browser per language.
 */
import type { UiLanguage } from '../../../src/page/page-language';
import type { PageDriver } from './driver';
import { poll } from './wait';

export interface RedrawnPopup {
  lang: string;
  dir: string;
  items: number;
  text: string;
  /** What the first render drew: already the language, never English first. */
  firstText: string;
}

export async function redrawPopupIn(popup: PageDriver, lang: UiLanguage): Promise<RedrawnPopup> {
  await popup.evaluate((asked) => {
    const apis = [(globalThis as { chrome?: typeof chrome }).chrome, (globalThis as { browser?: typeof chrome }).browser];
    for (const api of apis) if (api?.i18n) Object.defineProperty(api.i18n, 'getUILanguage', { value: () => asked, configurable: true });
    const entry = document.querySelector<HTMLScriptElement>('script[type="module"]')!;
    const app = document.createElement('div');
    app.id = 'app';
    document.getElementById('app')!.replaceWith(app);
    const first = new MutationObserver(() => {
      first.disconnect();
      app.dataset.firstText = app.textContent ?? '';
    });
    first.observe(app, { childList: true });
    const again = document.createElement('script');
    again.type = 'module';
    again.src = `${entry.src.split('?')[0]}?lang=${asked}`;
    document.head.append(again);
  }, lang);
  return poll(
    () =>
      popup.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        items: document.querySelectorAll('#app [data-rescue="checklist-item"]').length,
        text: document.getElementById('app')?.textContent ?? '',
        firstText: document.getElementById('app')?.dataset.firstText ?? '',
      })),
    (now) => now.items > 0 && now.lang === lang,
    { what: `the popup drawn again, in ${lang}` },
  );
}
