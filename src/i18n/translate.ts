/** Turning a catalogue into a translator; no catalogue is imported here. */
import type { AssistantKey, GuideKey, PageKey, PopupKey } from './en';

export type Translate<Key extends string> = (key: Key, vars?: Record<string, string | number>) => string;
export type PageTranslate = Translate<PageKey>;
export type PopupTranslate = Translate<PopupKey>;
export type AssistantTranslate = Translate<AssistantKey>;
export type GuideTranslate = Translate<GuideKey>;

/** A translator over one catalogue (and a fallback); `{name}` placeholders are filled from vars, in one pass. */
export function translatorOf<Key extends string>(catalogue: Readonly<Record<Key, string>>, fallback = catalogue): Translate<Key> {
  return (key, vars) => {
    const template = catalogue[key] ?? fallback[key] ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}
