/** What the extension understands of the page it is on. */
export type PageContext = 'code-prompt' | 'choose-method' | 'settings' | 'password-change' | 'method-off' | 'other';

export type CodeMethod = 'app' | 'sms' | 'backup' | 'security-key' | 'unknown';

import type { SettingsStep } from './routes';

export interface PageReading {
  context: PageContext;
  /** Which method the code step asks for ('unknown' shows every place). */
  method?: CodeMethod;
  /** Last digits of the phone a text message goes to, when the page shows them. */
  phoneDigits?: string;
  /** The control listing other methods, when the code step has one. */
  chooseMethodControl?: Element;
  /** That control's own visible words, to quote what the user sees (X's wording varies). */
  chooseMethodLabel?: string;
  /** Where on the settings path the page is. */
  settingsStep?: SettingsStep;
  /** The element holding the login step, for keeping our UI off its controls. */
  stepContainer?: Element;
  /** X's error banner on a login step: `limited` when it says X has temporarily limited the
   * login (words we know), `unread` when it is there in words we cannot read. */
  loginNotice?: LoginNotice;
}

export type LoginNotice = 'limited' | 'unread';

/** A login step we otherwise leave alone (username, password) where X shows its error banner:
 * the panel comes for that notice alone. */
export function isNoticeOnly(reading: PageReading): boolean {
  return reading.context === 'other' && reading.loginNotice !== undefined;
}

export const OTHER: PageReading = Object.freeze({ context: 'other' });
