/**
 * Every selector the extension uses on X's pages, each an array of fallbacks
 * tried in order. X changes its markup often: when one breaks, add the new
 * form first and keep the old one with a dated note, "drop after YYYY-MM" (lint checks the date).
 * Sources, unless a line says otherwise: X's production web client (2025-07
 * bundles), confirmed against code that drives the live site (2026-08).
 */
export const selectors = {
  /** The one-field text step of the older flow (still served through old links, 2026-12). The same input serves the
   * e-mail/phone/username confirmation, so it never proves a 2FA step alone. */
  flowTextInput: [
    'input[data-testid="ocfEnterTextTextInput"]',
    'input[name="text"]', // same field, should the data-testid be renamed
  ],
  /** The 2026 layout's one answer field: codes *and* knowledge-check answers (username,
   * phone, e-mail) share it, so its name proves nothing alone. Source: code driving the
   * live site, 2026-08; confirmed in facts 2026-12. */
  challengeInput: ['input[name="challenge_response"]'],
  /** One-digit code boxes (the 2026 authenticator step has six; e-mailed codes may use them
   * too). Whether X sets autocomplete on them is unknown (facts 2026-12): both forms here. */
  digitBox: ['input[inputmode="numeric"][maxlength="1"]', 'input[autocomplete="one-time-code"][maxlength="1"]'],
  /** Any field that looks like it takes a one-time code (older client: sign-up only). */
  oneTimeCodeInput: ['input[autocomplete="one-time-code"]'],
  /** A captcha step (Arkose), never a code prompt. Source: X's client bundles, 2025-07. */
  captchaFrame: ['iframe[src*="arkoselabs"]', 'iframe[src*="arkose"]'],
  /** The button that sends a step's answer, set aside when looking for "another method". */
  submitButton: ['button[type="submit"]', '[data-testid="ocfEnterTextNextButton"]', '[data-testid="LoginForm_Login_Button"]'],
  passwordInput: ['input[type="password"]'],
  /** Where a login step's own content lives. */
  stepContainer: ['[role="dialog"][aria-modal="true"]', '[role="dialog"]', 'main[role="main"]', 'main', 'form'],
  heading: ['h1', 'h2', '[role="heading"]'],
  /** X's "Contact X Support" link on the code step: structural, any language. */
  regainAccessLink: ['a[href*="forms/account-access/regain-access"]'],
  /** Things a person can press, to find the "choose another method" control. */
  pressable: ['button', '[role="button"]', '[role="link"]', 'a[href]'],
  /** Options of the choose-method step. */
  methodOption: ['[role="radio"]', 'input[type="radio"]', 'label', 'button', '[role="button"]'],
  /** Controls the auto-shown panel must never cover. */
  control: ['input', 'button', 'a[href]', '[role="button"]', '[role="link"]', '[role="radio"]', 'select', 'textarea'],
} as const;

export type SelectorName = keyof typeof selectors;

/** The selector list as one selector, for querySelector(All). */
export function anyOf(name: SelectorName): string {
  return selectors[name].join(',');
}

/** First element matching the first selector that matches anything. */
export function find(root: ParentNode, name: SelectorName): Element | null {
  for (const selector of selectors[name]) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

export function findAll(root: ParentNode, name: SelectorName): Element[] {
  return Array.from(root.querySelectorAll(anyOf(name)));
}
