/** The languages our own text is written in; every other page language gets English. */
export const UI_LANGUAGES = ['en', 'ja'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Our UI language for a page's `<html lang>` value ("ja", "ja-JP", "EN"…). */
export function uiLanguageFor(pageLang: string | null | undefined): UiLanguage {
  const primary = (pageLang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (UI_LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as UiLanguage) : 'en';
}

/** Whether the page reads right to left (Arabic, Hebrew, Persian, Urdu…). */
export function isRightToLeft(doc: Document): boolean {
  const dir = doc.documentElement.getAttribute('dir') ?? doc.body?.getAttribute('dir');
  return dir?.toLowerCase() === 'rtl';
}
