/**
 * All catalogues, for the popup, the background and tests. The content script
 * imports page-text.ts instead: it carries English only and asks the
 * background for other languages (see en.ts).
 */
import type { UiLanguage } from '../page/page-language';
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

/** The sections the content script asks the background for. */
export const REMOTE_SECTIONS = { assistant: ASSISTANT_CATALOGUES, guide: GUIDE_CATALOGUES } as const;

/** Text for the in-page UI, every language at hand (tests and extension pages). */
export const pageText = (lang: UiLanguage): PageTranslate => translatorOf(PAGE_CATALOGUES[lang] ?? enPage, enPage);
/** Text for the toolbar popup. */
export const popupText = (lang: UiLanguage): PopupTranslate => translatorOf(POPUP_CATALOGUES[lang] ?? enPopup, enPopup);
