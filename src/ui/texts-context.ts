/** The in-page texts and the UI language, for every component, without passing them down. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { englishTexts, type InPageTexts } from '../i18n/in-page-texts';

export const TextsContext = createContext<InPageTexts>(englishTexts);

export function useTexts(): InPageTexts {
  return useContext(TextsContext);
}
