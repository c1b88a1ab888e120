/** X's official help pages: the only places the extension links to. */
import type { UiLanguage } from '../page/page-language';

/**
 * X's account-access form, in the UI's language. The help centre prefixes every page with a plain
 * two-letter code, the same as ours (`/en/`, `/ja/`, `/es/`, `/pt/` not `pt-br`, `/fr/`, `/de/`,
 * `/ko/`, `/id/`, `/tr/`, `/ar/`; help-centre URLs seen in 2026, docs/x-facts.md F20).
 * This form itself was seen under `en`, `fr` and (older) `ar`; the others are the same path under
 * their prefix, as X's other forms are.
 */
export function regainAccessForm(lang: UiLanguage): string {
  return `https://help.x.com/${lang}/forms/account-access/regain-access`;
}
