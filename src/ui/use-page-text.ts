import { useEffect, useState } from 'preact/hooks';
import { loadPageText, pageTextNow } from '../i18n/page-text';
import type { PageTranslate } from '../i18n/translate';
import { fetchPageTexts } from '../messaging/content-client';
import type { UiLanguage } from '../page/page-language';

/** The page's language once the background has sent it; English until then. */
export function usePageText(lang: UiLanguage): PageTranslate {
  const [, setArrived] = useState(0);
  useEffect(() => {
    let live = true;
    void loadPageText(lang, fetchPageTexts).then(() => live && setArrived((n) => n + 1));
    return () => {
      live = false;
    };
  }, [lang]);
  return pageTextNow(lang);
}
