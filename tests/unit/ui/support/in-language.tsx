/** Renders in-page UI with the texts of a language, as the mounted UI provides them. */
import type { ComponentChildren } from 'preact';
import { IN_PAGE_CATALOGUES } from '../../../../src/i18n/in-page-catalogues';
import { textsFor } from '../../../../src/i18n/in-page-texts';
import type { UiLanguage } from '../../../../src/page/page-language';
import { TextsContext } from '../../../../src/ui/texts-context';

export function inLanguage(lang: UiLanguage, children: ComponentChildren) {
  return <TextsContext.Provider value={textsFor(lang, IN_PAGE_CATALOGUES[lang])}>{children}</TextsContext.Provider>;
}
