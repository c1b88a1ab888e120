/** Every language's in-page catalogues, for the background to send (kept out of the popup's bundle). */
import { UI_LANGUAGES, type UiLanguage } from '../page/page-language';
import { ASSISTANT_CATALOGUES, GUIDE_CATALOGUES, PAGE_CATALOGUES } from './index';
import type { InPageCatalogues } from './in-page-texts';

/** What the in-page UI asks the background for, one language at a time. */
export const IN_PAGE_CATALOGUES: Record<UiLanguage, InPageCatalogues> = Object.fromEntries(
  UI_LANGUAGES.map((lang) => [lang, { page: PAGE_CATALOGUES[lang], guide: GUIDE_CATALOGUES[lang], assistant: ASSISTANT_CATALOGUES[lang] }]),
) as Record<UiLanguage, InPageCatalogues>;
