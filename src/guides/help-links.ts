/** X's official help pages: the only places the extension links to. */
import type { UiLanguage } from '../page/page-language';

/** X's account-access form, in the help centre's language for the UI. */
export function regainAccessForm(lang: UiLanguage): string {
  return `https://help.x.com/${lang}/forms/account-access/regain-access`;
}
