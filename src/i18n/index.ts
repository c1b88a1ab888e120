/**
 * All catalogues, for the background and tests. The in-page UI imports
 * in-page-texts.ts instead: it carries English only and asks the background
 * for other languages. The popup imports popup-texts.ts: English built in,
 * another language's popup section imported from its own chunk.
 */
import type { UiLanguage } from '../page/page-language';
import { enAssistant, enPage, enPopup, enGuide, type AssistantKey, type PageKey, type PopupKey, type GuideKey } from './en';
import { jaAssistant, jaPage, jaPopup, jaGuide } from './ja';
import { esAssistant, esGuide, esPage, esPopup } from './es';
import { ptAssistant, ptGuide, ptPage, ptPopup } from './pt';
import { frAssistant, frGuide, frPage, frPopup } from './fr';
import { deAssistant, deGuide, dePage, dePopup } from './de';
import { koAssistant, koGuide, koPage, koPopup } from './ko';
import { idAssistant, idGuide, idPage, idPopup } from './id';
import { trAssistant, trGuide, trPage, trPopup } from './tr';
import { arAssistant, arGuide, arPage, arPopup } from './ar';
import { translatorOf, type PageTranslate } from './translate';

export type { AssistantKey, PageKey, PopupKey, GuideKey };
export { translatorOf };
export type { AssistantTranslate, PageTranslate } from './translate';

type Catalogues<Key extends string> = Record<UiLanguage, Readonly<Record<Key, string>>>;

export const PAGE_CATALOGUES: Catalogues<PageKey> = {
  en: enPage,
  ja: jaPage,
  es: esPage,
  pt: ptPage,
  fr: frPage,
  de: dePage,
  ko: koPage,
  id: idPage,
  tr: trPage,
  ar: arPage,
};
export const POPUP_CATALOGUES: Catalogues<PopupKey> = {
  en: enPopup,
  ja: jaPopup,
  es: esPopup,
  pt: ptPopup,
  fr: frPopup,
  de: dePopup,
  ko: koPopup,
  id: idPopup,
  tr: trPopup,
  ar: arPopup,
};
export const ASSISTANT_CATALOGUES: Catalogues<AssistantKey> = {
  en: enAssistant,
  ja: jaAssistant,
  es: esAssistant,
  pt: ptAssistant,
  fr: frAssistant,
  de: deAssistant,
  ko: koAssistant,
  id: idAssistant,
  tr: trAssistant,
  ar: arAssistant,
};
export const GUIDE_CATALOGUES: Catalogues<GuideKey> = {
  en: enGuide,
  ja: jaGuide,
  es: esGuide,
  pt: ptGuide,
  fr: frGuide,
  de: deGuide,
  ko: koGuide,
  id: idGuide,
  tr: trGuide,
  ar: arGuide,
};

/** Text for the in-page UI, every language at hand (tests and extension pages). */
export const pageText = (lang: UiLanguage): PageTranslate => translatorOf(PAGE_CATALOGUES[lang] ?? enPage, enPage);
