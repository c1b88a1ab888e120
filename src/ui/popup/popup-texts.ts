/** The popup's texts and language, for every popup component, without passing them down. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { popupText, type PopupTranslate } from '../../i18n';
import type { UiLanguage } from '../../page/page-language';

export interface PopupTexts {
  lang: UiLanguage;
  t: PopupTranslate;
}

export const PopupTextsContext = createContext<PopupTexts>({ lang: 'en', t: popupText('en') });

export function usePopupTexts(): PopupTexts {
  return useContext(PopupTextsContext);
}
