/**
 * The toolbar popup's texts: English is built into the popup's bundle (it is the fallback);
 * another language's popup section is imported from its own chunk, that language only, before
 * the popup's first render (a local file: a few ms, so no English flashes first). If it cannot
 * be had, the popup is in English throughout, its `lang` included.
 */
import { reportFailure } from '../diagnostics/report';
import { isRightToLeftLanguage, type UiLanguage } from '../page/page-language';
import { enPopup, type PopupKey } from './en';
import { translatorOf, type PopupTranslate } from './translate';

export type PopupCatalogue = Readonly<Record<PopupKey, string>>;

export interface PopupTexts {
  /** The language the texts are in: the one asked for, or English when it could not be had. */
  lang: UiLanguage;
  t: PopupTranslate;
}

export type PopupCatalogueImporter = (lang: UiLanguage) => Promise<PopupCatalogue | undefined>;

/**
 * One dynamic import per language, each taking only the popup section, so the file's in-page
 * sections stay out of that language's chunk. Keep the destructuring `.then(({ name }) => …)`:
 * Vite wraps each import in its preload helper and keeps Rollup's tree-shaking through it only
 * for that form (or `const { name } = await import(…)`); `.then((m) => m.name)` bundles the whole
 * file (the built-bundle tests would catch it).
 */
const IMPORTS: Readonly<Record<Exclude<UiLanguage, 'en'>, () => Promise<PopupCatalogue>>> = {
  ja: () => import('./ja').then(({ jaPopup }) => jaPopup),
  es: () => import('./es').then(({ esPopup }) => esPopup),
  pt: () => import('./pt').then(({ ptPopup }) => ptPopup),
  fr: () => import('./fr').then(({ frPopup }) => frPopup),
  de: () => import('./de').then(({ dePopup }) => dePopup),
  ko: () => import('./ko').then(({ koPopup }) => koPopup),
  id: () => import('./id').then(({ idPopup }) => idPopup),
  tr: () => import('./tr').then(({ trPopup }) => trPopup),
  ar: () => import('./ar').then(({ arPopup }) => arPopup),
};

/** A language's popup catalogue from its chunk; undefined for English (built in) and for any code not ours. */
export function importPopupCatalogue(lang: UiLanguage): Promise<PopupCatalogue | undefined> {
  const load = Object.hasOwn(IMPORTS, lang) ? IMPORTS[lang as keyof typeof IMPORTS] : undefined;
  return load ? load() : Promise.resolve(undefined);
}

export const englishPopupTexts: PopupTexts = { lang: 'en', t: translatorOf(enPopup) };

/** The popup's texts in a language; resolves with English (never rejects) when that language cannot be had. */
export async function loadPopupTexts(lang: UiLanguage, importCatalogue: PopupCatalogueImporter = importPopupCatalogue): Promise<PopupTexts> {
  if (lang === 'en') return englishPopupTexts;
  try {
    const catalogue = await importCatalogue(lang);
    if (!catalogue || typeof catalogue !== 'object') return englishPopupTexts;
    // A key the catalogue lacks shows in English, never as its key. Right to left, each filled-in
    // value (a count, a date, a guide's name) is bidi-isolated, as in the in-page UI.
    return { lang, t: translatorOf(catalogue, enPopup, isRightToLeftLanguage(lang)) };
  } catch (error) {
    reportFailure('loading the popup’s language', error);
    return englishPopupTexts;
  }
}
