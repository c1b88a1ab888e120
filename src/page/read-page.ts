/** How the page looks to its reader: language, theme, direction. */
import { isRightToLeft, uiLanguageFor, type UiLanguage } from './page-language';
import { readTheme, type Theme } from './page-theme';

export interface PageLook {
  lang: UiLanguage;
  theme: Theme;
  rtl: boolean;
}

/** Reads computed style: call it only on pages where the UI is shown. */
export function readLook(doc: Document): PageLook {
  return {
    lang: uiLanguageFor(doc.documentElement.getAttribute('lang')),
    theme: readTheme(doc),
    rtl: isRightToLeft(doc),
  };
}
