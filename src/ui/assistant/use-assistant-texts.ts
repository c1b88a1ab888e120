/**
 * The assistant's and composer's texts, fetched from the background the first
 * time the user opens either, then kept for the page's lifetime.
 */
import { useEffect, useState } from 'preact/hooks';
import { type AssistantTranslate, translatorOf } from '../../i18n/translate';
import { fetchAssistantTexts } from '../../messaging/content-client';
import type { UiLanguage } from '../../page/page-language';

export type AssistantTexts =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; page: AssistantTranslate; en: AssistantTranslate };

const cache = new Map<UiLanguage, Promise<AssistantTexts>>();

function load(lang: UiLanguage): Promise<AssistantTexts> {
  let pending = cache.get(lang);
  if (!pending) {
    pending = fetchAssistantTexts(lang).then((texts) =>
      texts ? { status: 'ready', en: translatorOf(texts.en), page: translatorOf(texts.page, texts.en) } : { status: 'failed' },
    );
    // A failure is not cached: the next opening tries again.
    pending.then((result) => result.status === 'failed' && cache.delete(lang));
    cache.set(lang, pending);
  }
  return pending;
}

/** Loads nothing until `wanted` (the user opened the part that needs it). */
export function useAssistantTexts(lang: UiLanguage, wanted: boolean): AssistantTexts {
  const [texts, setTexts] = useState<AssistantTexts>({ status: 'loading' });
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    void load(lang).then((result) => current && setTexts(result));
    return () => {
      current = false;
    };
  }, [lang, wanted]);
  return texts;
}
