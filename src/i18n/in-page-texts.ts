/**
 * The in-page UI's texts, one cache for all of them: English is built into the UI bundle (it
 * is the fallback, and the support request is always written in it too); another language is
 * asked of the background once per page, all its in-page sections at once. Until it arrives,
 * or if it cannot, English shows: never an empty label.
 */
import { isRightToLeftLanguage, type UiLanguage } from '../page/page-language';
import { enAssistant, enGuide, enPage, type AssistantKey, type GuideKey, type PageKey } from './en';
import { translatorOf, type AssistantTranslate, type GuideTranslate, type PageTranslate } from './translate';

/** A language's in-page catalogues, as the background sends them. */
export interface InPageCatalogues {
  page: Readonly<Record<PageKey, string>>;
  guide: Readonly<Record<GuideKey, string>>;
  assistant: Readonly<Record<AssistantKey, string>>;
}

export interface InPageTexts {
  lang: UiLanguage;
  page: PageTranslate;
  guide: GuideTranslate;
  assistant: AssistantTranslate;
  /** The assistant's texts in English, for the request's English copy. */
  englishAssistant: AssistantTranslate;
}

export type CataloguesFetcher = (lang: UiLanguage) => Promise<InPageCatalogues | undefined>;

const ENGLISH: InPageCatalogues = { page: enPage, guide: enGuide, assistant: enAssistant };

export function textsFor(lang: UiLanguage, catalogues: InPageCatalogues): InPageTexts {
  // The panel's and guides' sentences isolate what they quote in right-to-left text; the assistant's
  // do not: they also write the request the user copies, which must stay plain text.
  const rtl = isRightToLeftLanguage(lang);
  return {
    lang,
    page: translatorOf(catalogues.page, enPage, rtl),
    guide: translatorOf(catalogues.guide, enGuide, rtl),
    assistant: translatorOf(catalogues.assistant, enAssistant),
    englishAssistant: translatorOf(enAssistant),
  };
}

export const englishTexts: InPageTexts = textsFor('en', ENGLISH);

const loaded = new Map<UiLanguage, InPageTexts>([['en', englishTexts]]);
const pending = new Map<UiLanguage, Promise<InPageTexts>>();

/** The best texts there are now for a language (English until it has arrived). */
export function textsNow(lang: UiLanguage): InPageTexts {
  return loaded.get(lang) ?? englishTexts;
}

/** Fetches a language once; resolves with it, or with English when it could not be had (asked again next time). */
export function loadTexts(lang: UiLanguage, fetch: CataloguesFetcher): Promise<InPageTexts> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  let request = pending.get(lang);
  if (!request) {
    request = fetch(lang)
      .then((catalogues) => {
        if (!catalogues) return englishTexts;
        const texts = textsFor(lang, catalogues);
        loaded.set(lang, texts);
        return texts;
      })
      .catch(() => englishTexts) // the fetcher reports its own failures
      .finally(() => pending.delete(lang));
    pending.set(lang, request);
  }
  return request;
}
