/**
 * Every selector the extension uses on X's pages, each an array of fallbacks
 * tried in order. X changes its markup often: when one breaks, add the new
 * form first and keep the old one with a dated "drop after" note.
 * Sources: X's production web client (2025-07 bundles) and the 2026 login layout.
 */
export const selectors = {
  /** The one-field text step of the older flow. The same input serves the
   * e-mail/phone/username confirmation, so it never proves a 2FA step alone. */
  flowTextInput: [
    'input[data-testid="ocfEnterTextTextInput"]',
    'input[name="text"]', // same field, should the data-testid be renamed
  ],
  /** One-digit boxes of the 2026 layout (also used for e-mailed codes). */
  oneTimeCodeInput: ['input[autocomplete="one-time-code"]'],
  passwordInput: ['input[type="password"]'],
  /** Where a login step's own content lives. */
  stepContainer: [
    '[role="dialog"][aria-modal="true"]',
    '[role="dialog"]',
    'main[role="main"]',
    'main',
    'form',
  ],
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
