import { firstLive, liveAll } from './live';

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
   * live site, 2026-08; docs/x-facts.md F5. */
  challengeInput: ['input[name="challenge_response"]'],
  /** One-digit code boxes (the 2026 authenticator step has six; e-mailed codes may use them
   * too). Whether X sets autocomplete on them is unknown (docs/x-facts.md F5): both forms here. */
  digitBox: ['input[inputmode="numeric"][maxlength="1"]', 'input[autocomplete="one-time-code"][maxlength="1"]'],
  /** X's own code-input component, by its class and id prefix (`jf-code-input-field`,
   * `jf-code-input-challenge_response-<n>`): six boxes, or one transparent field over drawn
   * cells. Source: login tools for the live site, 2026-09; docs/x-facts.md F5. */
  codeInputCell: ['input.jf-code-input-field', 'input[id^="jf-code-input-"]'],
  /** The 2026 username field (`username_or_email`, id `jf-input-username_or_email`,
   * `autocomplete="username webauthn"`; docs/x-facts.md F5): its step is never a code prompt. */
  usernameInput: ['input[name="username_or_email"]', 'input[autocomplete~="username"]'],
  /** Any field that looks like it takes a one-time code (older client: sign-up only). */
  oneTimeCodeInput: ['input[autocomplete="one-time-code"]'],
  /** A captcha step (Arkose), never a code prompt. Source: X's client bundles, 2025-07. */
  captchaFrame: ['iframe[src*="arkoselabs"]', 'iframe[src*="arkose"]'],
  /** The button that sends a step's answer, set aside when looking for "another method". */
  submitButton: ['button[type="submit"]', '[data-testid="ocfEnterTextNextButton"]', '[data-testid="LoginForm_Login_Button"]'],
  passwordInput: ['input[type="password"]'],
  /** Where a login step's own content lives. The 2026 page holds a form per step
   * (docs/x-facts.md F3), so a form comes before the page's main: the live field's own form is its step. */
  stepContainer: ['[role="dialog"][aria-modal="true"]', '[role="dialog"]', 'form', 'main[role="main"]', 'main'],
  heading: ['h1', 'h2', '[role="heading"]'],
  /** X's "Contact X Support" link on the code step: structural, any language. */
  regainAccessLink: ['a[href*="forms/account-access/regain-access"]'],
  /** Things a person can press, to find the "choose another method" control. */
  pressable: ['button', '[role="button"]', '[role="link"]', 'a[href]'],
  radio: ['[role="radio"]', 'input[type="radio"]'],
  /** Options of the choose-method step. */
  methodOption: ['[role="radio"]', 'input[type="radio"]', 'label', 'button', '[role="button"]'],
  /** X's error banner on the 2026 login: an icon and a <p> ("We've temporarily limited your login…").
   * Source: login tools for the live site, 2026-08..10; docs/x-facts.md F8. */
  errorIcon: ['[data-icon="icon-error-triangle"]'],
  /** X's standard confirmation sheet in #layers; on the two-factor page it may ask to turn a method
   * off instead of the unenrollment flow (X's client, feature switch `ocf_2fa_unenrollment_enabled`;
   * docs/x-facts.md F15). */
  confirmationSheet: ['[data-testid="confirmationSheetDialog"]'],
  confirmationSheetConfirm: ['[data-testid="confirmationSheetConfirm"]'],
  /**
   * X's own chrome: the only places a guide may point (src/page/locate.ts). Anyone can write X's
   * words on x.com (a display name "More", a card titled "Two-factor authentication"), so a target
   * is found by test id, href and structure inside one of these, never by its words anywhere.
   * Where X's element is known but not its container (docs/x-facts.md F10, F23), the container here is the replica's.
   */
  guideChrome: [
    'header[role="banner"]', // the wide layout's left navigation: replica-invented, unknown on X
    'nav',
    '[role="navigation"]', // the left nav, the narrow bottom bar, the drawer's list: replica-invented, unknown on X
    '[data-testid^="AppTabBar_"]', // X's nav items, e.g. AppTabBar_More_Menu (docs/x-facts.md F10)
    '[data-testid="DashButton_ProfileIcon_Link"]', // the narrow top bar's profile picture (docs/x-facts.md F10)
    '[data-testid="TopNavBar"]', // the narrow top bar itself: replica-invented, unknown on X
    '#layers [data-testid="Dropdown"]', // the More menu (docs/x-facts.md F10)
    '#layers [role="menu"]', // menus in #layers (docs/x-facts.md F19); their role: replica-invented, unknown on X
    '#layers [role="dialog"]', // the narrow layout's drawer (docs/x-facts.md F10, F19); its role: replica-invented, unknown on X
  ],
  /** Also X's chrome, on /settings routes only: the settings list and detail (docs/x-facts.md F11: list
   * left, detail right on wide screens, one page per level on narrow ones). On other routes the
   * primary column is the timeline, people's words. Both containers: replica-invented, unknown on X. */
  settingsChrome: ['[data-testid="primaryColumn"]', 'main[role="main"]'],
  /** People's content, never a guide target even where a chrome selector matches inside it: posts
   * (`article`, `tweet`, `tweetText`, `User-Name`), user cells, link cards, trends, the sidebar, the
   * hover card and DM containers. No source names these (docs/x-facts.md F23): every entry is
   * replica-invented (or assumed), unknown on X; excluding one too many costs nothing. */
  notGuideTarget: [
    'article',
    '[data-testid="tweet"]',
    '[data-testid="tweetText"]',
    '[data-testid="User-Name"]',
    '[data-testid="UserCell"]',
    '[data-testid="card.wrapper"]',
    '[data-testid="trend"]',
    '[data-testid="sidebarColumn"]',
    '[data-testid="HoverCard"]',
    '[data-testid="DMDrawer"]',
    '[data-testid="DmActivityContainer"]',
    '[data-testid="DmScrollerContainer"]',
    '[data-testid="conversation"]',
    '[data-testid="messageEntry"]',
  ],
  /** Controls the auto-shown panel must never cover. */
  control: ['input', 'button', 'a[href]', '[role="button"]', '[role="link"]', '[role="radio"]', 'select', 'textarea'],
} as const;

export type SelectorName = keyof typeof selectors;

/** The selector list as one selector, for querySelector(All). */
export function anyOf(name: SelectorName): string {
  return selectors[name].join(',');
}

/** The first live element (src/page/live.ts) for the first selector that has one. */
export function findLive(root: ParentNode, name: SelectorName): Element | undefined {
  for (const selector of selectors[name]) {
    const found = firstLive(root, selector);
    if (found) return found;
  }
  return undefined;
}

/** Every live element matching the list, among its first `limit` matches. */
export function findAllLive(root: ParentNode, name: SelectorName, limit?: number): Element[] {
  return liveAll(root, anyOf(name), limit);
}
