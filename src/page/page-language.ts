/** The languages our own text is written in: ten of X's biggest. Every other page language gets English. */
export const UI_LANGUAGES = ['en', 'ja', 'es', 'pt', 'fr', 'de', 'ko', 'id', 'tr', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Whether a page's `<html lang>` is one of our ten languages (else our text falls back to English). */
export function speaksUiLanguage(pageLang: string | null | undefined): boolean {
  const primary = (pageLang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (UI_LANGUAGES as readonly string[]).includes(primary) || primary in ALIASES;
}

/** Older or alternative codes for the same languages ("in" is Indonesian's code before 1989; Java still uses it). */
const ALIASES: Readonly<Record<string, UiLanguage>> = { in: 'id' };

/** Our UI language for a page's `<html lang>` value: "ja", "ja-JP", "pt-BR", "es-419", "EN"… */
export function uiLanguageFor(pageLang: string | null | undefined): UiLanguage {
  const primary = (pageLang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if ((UI_LANGUAGES as readonly string[]).includes(primary)) return primary as UiLanguage;
  return ALIASES[primary] ?? 'en';
}

/** Languages written right to left (Arabic, Hebrew, Persian, Urdu…), by primary subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ku', 'ckb']);

/** Whether a language is written right to left. */
export function isRightToLeftLanguage(lang: string | null | undefined): boolean {
  return RIGHT_TO_LEFT.has((lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '');
}

/** Whether the page reads right to left: its `dir`, or, when it sets none, its language. */
export function isRightToLeft(doc: Document): boolean {
  const dir = (doc.documentElement.getAttribute('dir') ?? doc.body?.getAttribute('dir'))?.toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') return dir === 'rtl';
  return isRightToLeftLanguage(doc.documentElement.getAttribute('lang'));
}
