/** X's official help pages: the only places the extension links to. */
import type { UiLanguage } from '../page/page-language';

/** Help-centre languages confirmed to serve the form (facts 2026-12: `/en/`, and `/ja/` for Japanese);
 * every other UI language links to the English form rather than guess a path. */
const HELP_LANGUAGES: ReadonlySet<UiLanguage> = new Set(['en', 'ja']);

/** X's account-access form, in the help centre's language for the UI where it is known to exist. */
export function regainAccessForm(lang: UiLanguage): string {
  return `https://help.x.com/${HELP_LANGUAGES.has(lang) ? lang : 'en'}/forms/account-access/regain-access`;
}
