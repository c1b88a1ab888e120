/** Turning a catalogue into a translator; no catalogue is imported here. */
import type { AssistantKey, GuideKey, PageKey, PopupKey } from './en';

export type Translate<Key extends string> = (key: Key, vars?: Record<string, string | number>) => string;
export type PageTranslate = Translate<PageKey>;
export type PopupTranslate = Translate<PopupKey>;
export type AssistantTranslate = Translate<AssistantKey>;
export type GuideTranslate = Translate<GuideKey>;

/** First-strong isolate … pop directional isolate: a filled-in value keeps its own direction. */
export const isolated = (value: string) => `\u2068${value}\u2069`;

/**
 * A translator over one catalogue (and a fallback); `{name}` placeholders are filled from vars, in one pass.
 * With `isolate` (right-to-left text), each filled-in value is bidi-isolated, so a number, an @handle or
 * one of X's labels in another script reads the right way inside the sentence.
 */
export function translatorOf<Key extends string>(catalogue: Readonly<Record<Key, string>>, fallback = catalogue, isolate = false): Translate<Key> {
  return (key, vars) => {
    const template = catalogue[key] ?? fallback[key] ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? (isolate ? isolated(String(vars[name])) : String(vars[name])) : whole));
  };
}
