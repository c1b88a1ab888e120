/** The popup's texts and language, for every popup component, without passing them down. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { englishPopupTexts, type PopupTexts } from '../../i18n/popup-texts';

export const PopupTextsContext = createContext<PopupTexts>(englishPopupTexts);

export function usePopupTexts(): PopupTexts {
  return useContext(PopupTextsContext);
}
