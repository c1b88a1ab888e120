/** How the page looks to its reader: language, theme, direction. */
import { isRightToLeft, speaksUiLanguage, uiLanguageFor, type UiLanguage } from './page-language';
import { readTheme, type Theme } from './page-theme';

export interface PageLook {
  lang: UiLanguage;
  /** The page's language is one of ours (else `lang` is English, and X's words on the page are not). */
  pageLanguageKnown: boolean;
  theme: Theme;
  rtl: boolean;
}

/** Reads computed style: call it only on pages where the UI is shown. */
export function readLook(doc: Document): PageLook {
  return {
    lang: uiLanguageFor(doc.documentElement.getAttribute('lang')),
    pageLanguageKnown: speaksUiLanguage(doc.documentElement.getAttribute('lang')),
    theme: readTheme(doc),
    rtl: isRightToLeft(doc),
  };
}
