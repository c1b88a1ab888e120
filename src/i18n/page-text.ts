/**
 * The in-page UI's text, as the content script gets it: English is built in;
 * any other language is asked of the background once per page and kept. Until
 * it arrives (or if it cannot), English shows: never an empty label.
 */
import type { UiLanguage } from '../page/page-language';
import { enPage, type PageKey } from './en';
import { translatorOf, type PageTranslate } from './translate';

export type CatalogueFetcher = (lang: UiLanguage) => Promise<Record<PageKey, string> | undefined>;

const english = translatorOf(enPage);
const loaded = new Map<UiLanguage, PageTranslate>([['en', english]]);
const pending = new Map<UiLanguage, Promise<void>>();

/** The best text there is now for a language. */
export function pageTextNow(lang: UiLanguage): PageTranslate {
  return loaded.get(lang) ?? english;
}

/** Fetches a language once; resolves when it is there, or when it failed (English then). */
export function loadPageText(lang: UiLanguage, fetch: CatalogueFetcher): Promise<void> {
  if (loaded.has(lang)) return Promise.resolve();
  let request = pending.get(lang);
  if (!request) {
    request = fetch(lang)
      .then((catalogue) => {
        if (catalogue) loaded.set(lang, translatorOf(catalogue, enPage));
      })
      .catch(() => {})
      .finally(() => pending.delete(lang));
    pending.set(lang, request);
  }
  return request;
}
