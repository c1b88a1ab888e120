/**
 * Texts the content script does not carry (the assistant's and composer's, the
 * guides'), fetched from the background the first time they are needed and kept
 * for the page's lifetime.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AssistantKey, GuideKey } from '../i18n/en';
import { translatorOf, type Translate } from '../i18n/translate';
import { fetchSectionTexts } from '../messaging/content-client';
import type { UiLanguage } from '../page/page-language';

interface Sections {
  assistant: AssistantKey;
  guide: GuideKey;
}
type Section = keyof Sections;

export type RemoteTexts<Key extends string> =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; page: Translate<Key>; en: Translate<Key> };

const cache = new Map<string, Promise<RemoteTexts<string>>>();

function load<S extends Section>(section: S, lang: UiLanguage): Promise<RemoteTexts<Sections[S]>> {
  const key = `${section}:${lang}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchSectionTexts<string>(section, lang).then((texts) =>
      texts ? { status: 'ready', en: translatorOf(texts.en), page: translatorOf(texts.page, texts.en) } : { status: 'failed' },
    );
    // A failure is not kept: the next opening tries again.
    void pending.then((result) => result.status === 'failed' && cache.delete(key));
    cache.set(key, pending);
  }
  return pending as Promise<RemoteTexts<Sections[S]>>;
}

/** Loads nothing until `wanted` (the user opened the part that needs it). */
export function useRemoteTexts<S extends Section>(section: S, lang: UiLanguage, wanted = true): RemoteTexts<Sections[S]> {
  const [texts, setTexts] = useState<RemoteTexts<Sections[S]>>({ status: 'loading' });
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    void load(section, lang).then((result) => current && setTexts(result));
    return () => {
      current = false;
    };
  }, [section, lang, wanted]);
  return texts;
}
