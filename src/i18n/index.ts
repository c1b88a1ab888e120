import type { UiLanguage } from '../page/page-language';
import { enPage, enPopup, type PageKey, type PopupKey } from './en';
import { jaPage, jaPopup } from './ja';

export type { PageKey, PopupKey };
export type Translate<Key extends string> = (key: Key, vars?: Record<string, string | number>) => string;
export type PageTranslate = Translate<PageKey>;
export type PopupTranslate = Translate<PopupKey>;

type Catalogues<Key extends string> = Record<UiLanguage, Readonly<Record<Key, string>>>;

export const PAGE_CATALOGUES: Catalogues<PageKey> = { en: enPage, ja: jaPage };
export const POPUP_CATALOGUES: Catalogues<PopupKey> = { en: enPopup, ja: jaPopup };

/** A translator for one language; `{name}` placeholders are filled from vars. */
function translator<Key extends string>(catalogues: Catalogues<Key>, lang: UiLanguage): Translate<Key> {
  const catalogue = catalogues[lang] ?? catalogues.en;
  return (key, vars) => {
    const template = catalogue[key] ?? catalogues.en[key];
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}

/** Text for the in-page UI. */
export const pageText = (lang: UiLanguage): PageTranslate => translator(PAGE_CATALOGUES, lang);
/** Text for the toolbar popup. */
export const popupText = (lang: UiLanguage): PopupTranslate => translator(POPUP_CATALOGUES, lang);
