/**
 * All catalogues, for the popup, the background and tests. The in-page UI
 * imports in-page-texts.ts instead: it carries English only and asks the
 * background for other languages.
 */
import { UI_LANGUAGES, type UiLanguage } from '../page/page-language';
import type { InPageCatalogues } from './in-page-texts';
import { enAssistant, enPage, enPopup, enGuide, type AssistantKey, type PageKey, type PopupKey, type GuideKey } from './en';
import { jaAssistant, jaPage, jaPopup, jaGuide } from './ja';
import { translatorOf, type PageTranslate, type PopupTranslate } from './translate';

export type { AssistantKey, PageKey, PopupKey, GuideKey };
export { translatorOf };
export type { AssistantTranslate, PageTranslate, PopupTranslate } from './translate';

type Catalogues<Key extends string> = Record<UiLanguage, Readonly<Record<Key, string>>>;

export const PAGE_CATALOGUES: Catalogues<PageKey> = { en: enPage, ja: jaPage };
export const POPUP_CATALOGUES: Catalogues<PopupKey> = { en: enPopup, ja: jaPopup };
export const ASSISTANT_CATALOGUES: Catalogues<AssistantKey> = { en: enAssistant, ja: jaAssistant };
export const GUIDE_CATALOGUES: Catalogues<GuideKey> = { en: enGuide, ja: jaGuide };

/** What the in-page UI asks the background for, one language at a time. */
export const IN_PAGE_CATALOGUES: Record<UiLanguage, InPageCatalogues> = Object.fromEntries(
  UI_LANGUAGES.map((lang) => [lang, { page: PAGE_CATALOGUES[lang], guide: GUIDE_CATALOGUES[lang], assistant: ASSISTANT_CATALOGUES[lang] }]),
) as Record<UiLanguage, InPageCatalogues>;

/** Text for the in-page UI, every language at hand (tests and extension pages). */
export const pageText = (lang: UiLanguage): PageTranslate => translatorOf(PAGE_CATALOGUES[lang] ?? enPage, enPage);
/** Text for the toolbar popup. */
export const popupText = (lang: UiLanguage): PopupTranslate => translatorOf(POPUP_CATALOGUES[lang] ?? enPopup, enPopup);
