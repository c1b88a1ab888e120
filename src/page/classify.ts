/**
 * The page classifier: a pure function from what a page shows (URL and DOM)
 * to a PageReading. Structure decides first (route, hash step, input
 * attributes, link targets); X's text only confirms or vetoes. It reads only
 * the live step (src/page/live.ts): X keeps other steps' forms in the DOM,
 * inert and transparent. It never reads input values and never changes the page.
 */
import { reportFailure } from '../diagnostics/report';
import { isLive, liveText, readingOnce } from './live';
import { OTHER, type CodeMethod, type LoginNotice, type PageReading } from './reading';
import {
  isConfirmationStep,
  isFlowLogin,
  isMethodOff,
  isNeverCodeStep,
  isOnboardingLogin,
  isPasswordChange,
  isTwoFactorStep,
  onboardingStep,
  settingsStep,
} from './routes';
import { anyOf, findAllLive, findLive, selectors } from './selectors';
import {
  chooseMethodCues,
  cuesFor,
  foldText,
  harmlessSheetCues,
  identityCues,
  limitedCues,
  mentionsAny,
  methodNames,
  otherLoginErrors,
  phoneDigitPatterns,
  resendCues,
  submitWords,
  turnOffCues,
  twoFactorCues,
} from './x-strings';

const TWO_FACTOR = cuesFor(twoFactorCues);
const IDENTITY = cuesFor(identityCues);
const CHOOSE_METHOD = cuesFor(chooseMethodCues);
const RESEND = cuesFor(resendCues);
const SUBMIT = cuesFor(submitWords);
const LIMITED = cuesFor(limitedCues);
const OTHER_ERRORS = cuesFor(otherLoginErrors);
const TURN_OFF = cuesFor(turnOffCues);
const HARMLESS = cuesFor(harmlessSheetCues);
const METHOD_CUES = Object.fromEntries(Object.entries(methodNames).map(([method, table]) => [method, cuesFor(table)])) as Record<
  Exclude<CodeMethod, 'unknown'>,
  string[]
>;

/** How many pressable elements we read text from, at most, on one step. */
const STEP_PRESSABLE_LIMIT = 80;

export function classify(doc: Document, url: URL): PageReading {
  try {
    return readingOnce(() => classifyOrThrow(doc, url));
  } catch (error) {
    // A page we do not understand is simply "other": never break X's page.
    reportFailure('page classifier', error, 'name-only');
    return OTHER;
  }
}

function classifyOrThrow(doc: Document, url: URL): PageReading {
  if (isPasswordChange(url)) return passwordChange(doc);
  if (isMethodOff(url)) return methodOff(doc);
  const step = settingsStep(url);
  // X may ask on the two-factor page itself, in its confirmation sheet (docs/x-facts.md F15).
  if (step === 'two-factor') return methodOffSheet(doc) ?? { context: 'settings', settingsStep: step };
  if (step) return { context: 'settings', settingsStep: step };
  // Should X move the form: a settings page asking for a new password is the same risk.
  if (url.pathname.startsWith('/settings/') && asksForNewPassword(doc)) return passwordChange(doc);
  if (isOnboardingLogin(url)) return readLoginStep(doc, onboardingStep(url));
  if (isFlowLogin(url)) return readLoginStep(doc, '');
  return OTHER;
}

/** `hashStep` is the 2026 layout's step name; '' when the URL names none (the username step). */
function readLoginStep(doc: Document, hashStep: string): PageReading {
  const notice = loginNotice(doc);
  const other: PageReading = notice ? { context: 'other', loginNotice: notice } : OTHER;
  if (isNeverCodeStep(hashStep)) return other;
  // The username or password step, a captcha, or a form we must leave alone: judged by what is
  // live, since X keeps the other steps' fields in the DOM (a future password field included).
  if (findLive(doc, 'passwordInput') || findLive(doc, 'usernameInput') || findLive(doc, 'captchaFrame')) return other;

  const input = codeField(doc);
  const container = stepContainerOf(doc, input);
  const text = foldText(liveText(container));
  const withNotice = (reading: PageReading): PageReading => (notice && reading.context !== 'other' ? { ...reading, loginNotice: notice } : reading);

  // The chooser lists the methods and has no field: recognised by content, whatever its step name.
  if (!input && listsMethods(container, text)) return withNotice({ context: 'choose-method', stepContainer: container });

  if (isTwoFactorStep(hashStep)) {
    // The URL changes before X renders the step: wait for its field or heading, so the
    // panel does not open on a spinner and then change under the reader.
    if (!input && !findLive(container, 'heading')) return other;
    if (/choose|method|select|option/.test(hashStep)) return withNotice({ context: 'choose-method', stepContainer: container });
    return withNotice(codePrompt(container, text, input));
  }

  if (input) {
    const identity = mentionsAny(text, IDENTITY) || /\S@\S/.test(text) || asksForIdentity(input);
    if (identity) return other; // e-mail / phone / username confirmation reuses the same fields
    // Structure that says "code" in any language: X's support link, X's code-input component or
    // six one-digit boxes (never on a step that confirms the login by e-mail).
    const codeShape = !isConfirmationStep(hashStep) && (digitBoxCount(container) >= 4 || Boolean(findLive(container, 'codeInputCell')));
    const structural = looksNumeric(input) && (Boolean(findLive(container, 'regainAccessLink')) || codeShape);
    if (structural || mentionsAny(text, TWO_FACTOR)) return withNotice(codePrompt(container, text, input));
    return other;
  }

  // A security-key step may have no text field at all.
  const headingText = foldText(liveText(findLive(container, 'heading') ?? container, 400));
  const control = findChooseMethodControl(container);
  const backedByStructure = Boolean(findLive(container, 'regainAccessLink') || control);
  if (backedByStructure && mentionsAny(headingText, METHOD_CUES['security-key'])) {
    return withNotice({ context: 'code-prompt', method: 'security-key', stepContainer: container, ...withControl(control) });
  }
  return other;
}

/** How many error icons we look at, at most (the page holds a form per step, each may have one). */
const ERROR_ICON_LIMIT = 12;

/**
 * X's login error banner, when live: the limit in words we know, or words we cannot read. The
 * icon itself is decoration (X's icons are usually `aria-hidden="true"`, so never "live" by our
 * rule): what must be live is the banner holding it, the icon's nearest ancestor with words
 * (icon and <p> side by side; docs/x-facts.md F8). A banner on an inert, kept step says nothing.
 */
function loginNotice(doc: Document): LoginNotice | undefined {
  for (const icon of Array.from(doc.querySelectorAll(anyOf('errorIcon'))).slice(0, ERROR_ICON_LIMIT)) {
    let banner: Element | null = icon.parentElement;
    for (let depth = 0; banner && depth < 4 && !foldText(liveText(banner, 400)); depth++) banner = banner.parentElement;
    if (!banner || !isLive(banner)) continue;
    const words = foldText(liveText(banner, 400));
    if (!words) continue;
    if (mentionsAny(words, LIMITED)) return 'limited';
    return mentionsAny(words, OTHER_ERRORS) ? undefined : 'unread';
  }
  return undefined;
}

/** The live step's answer field: the older flow's text input, the 2026 field, a code box, or
 * X's one-time-code input (which may be transparent over drawn cells). */
function codeField(doc: Document): Element | undefined {
  return (
    findLive(doc, 'flowTextInput') ??
    findLive(doc, 'challengeInput') ??
    findLive(doc, 'digitBox') ??
    findLive(doc, 'oneTimeCodeInput') ??
    findLive(doc, 'codeInputCell')
  );
}

function digitBoxCount(container: Element): number {
  return findAllLive(container, 'digitBox', 12).length;
}

/** A code step; its "another method" control is looked for only here, not on every login step. */
function codePrompt(container: Element, text: string, input: Element | undefined): PageReading {
  const control = findChooseMethodControl(container);
  const heading = findLive(container, 'heading');
  const headingText = heading ? foldText(liveText(heading, 400)) : '';
  const phoneDigits = findPhoneDigits(text);
  const method =
    methodIn(headingText, ['backup', 'security-key', 'sms', 'app']) ??
    (phoneDigits ? 'sms' : undefined) ??
    methodIn(text, ['app', 'sms', 'security-key', 'backup']) ??
    // The 2026 layout asks for the authenticator code in six boxes (docs/x-facts.md F5).
    (input && (digitBoxCount(container) >= 4 || findLive(container, 'codeInputCell')) ? 'app' : undefined) ??
    'unknown';
  return {
    context: 'code-prompt',
    method,
    stepContainer: container,
    ...(method === 'sms' && phoneDigits ? { phoneDigits } : {}),
    ...withControl(control),
  };
}

function withControl(control: Element | undefined): Pick<PageReading, 'chooseMethodControl' | 'chooseMethodLabel'> {
  if (!control) return {};
  const label = liveText(control, 160).replace(/\s+/g, ' ').trim().slice(0, 80);
  return label ? { chooseMethodControl: control, chooseMethodLabel: label } : { chooseMethodControl: control };
}

function methodIn(text: string, order: Exclude<CodeMethod, 'unknown'>[]): CodeMethod | undefined {
  return order.find((method) => mentionsAny(text, METHOD_CUES[method]));
}

function findPhoneDigits(text: string): string | undefined {
  for (const pattern of phoneDigitPatterns) {
    const digits = pattern.exec(text)?.[1];
    if (digits) return digits;
  }
  return undefined;
}

function stepContainerOf(doc: Document, input: Element | undefined): Element {
  const body = doc.body ?? doc.documentElement;
  if (!input) return findLive(doc, 'stepContainer') ?? body;
  for (const selector of selectors.stepContainer) {
    const container = input.closest(selector);
    if (container) return container;
  }
  return body;
}

/**
 * X's "use another method" control. Its wording in the 2026 layout is unknown, so words only
 * confirm: a known phrase, else a link into a chooser step, else the one secondary control
 * left once the submit button, links out of the step and "resend" are set aside.
 */
function findChooseMethodControl(container: Element): Element | undefined {
  const pressables = findAllLive(container, 'pressable', STEP_PRESSABLE_LIMIT).filter((el) => el.tagName !== 'INPUT');
  const words = (el: Element) => foldText(liveText(el, 200), 200);
  const byWords = pressables.find((el) => mentionsAny(words(el), CHOOSE_METHOD));
  if (byWords) return byWords;
  const byLink = pressables.find((el) => /^#\/s\/[^/]*(method|choose|select)/i.test(el.getAttribute('href') ?? ''));
  if (byLink) return byLink;
  const secondary = pressables.filter((el) => {
    const text = words(el);
    if (!text || el.matches(anyOf('submitButton')) || SUBMIT.includes(text) || mentionsAny(text, RESEND)) return false;
    const href = el.getAttribute('href');
    return href === null || href.startsWith('#'); // a link elsewhere (help, sign-up) leaves the step
  });
  return secondary.length === 1 ? secondary[0] : undefined;
}

/** The chooser: options naming two or more methods, or several radios in a language we have no words for. */
function listsMethods(container: Element, text: string): boolean {
  const options = findAllLive(container, 'methodOption', STEP_PRESSABLE_LIMIT);
  const named = new Set<string>();
  for (const option of options) {
    const optionText = foldText(liveText(option, 200), 200);
    for (const [method, cues] of Object.entries(METHOD_CUES)) {
      if (mentionsAny(optionText, cues)) named.add(method);
    }
  }
  if (named.size >= 2) return true;
  const radios = findAllLive(container, 'radio', STEP_PRESSABLE_LIMIT).length;
  return radios >= 2 && !mentionsAny(text, IDENTITY);
}

/** X's method-off flow, once X has drawn something to act on (not over its spinner: the
 * panel would open, then jump aside when X's dialog appears). */
function methodOff(doc: Document): PageReading {
  if (!findLive(doc, 'control')) return OTHER;
  return { context: 'method-off', stepContainer: findLive(doc, 'stepContainer') };
}

/**
 * X's confirmation sheet over the two-factor page, when it asks to turn something off. Structure
 * finds it (X's sheet, live, with its confirm button); words only tell its questions apart: the
 * same sheet asks about an unverified e-mail or the security-key limit, which are harmless. A
 * question in words we cannot read counts as turning off: an extra check costs a glance, a
 * missed one an account.
 */
function methodOffSheet(doc: Document): PageReading | undefined {
  const sheet = findMethodOffSheet(doc);
  return sheet ? { context: 'method-off', stepContainer: sheet } : undefined;
}

/** X's live confirmation sheet when it asks to turn a method (or two-factor) off; see above. */
export function findMethodOffSheet(doc: Document): Element | undefined {
  const sheet = findLive(doc, 'confirmationSheet');
  if (!sheet || !findLive(sheet, 'confirmationSheetConfirm')) return undefined;
  const text = foldText(liveText(sheet, 1000));
  return !mentionsAny(text, TURN_OFF) && mentionsAny(text, HARMLESS) ? undefined : sheet;
}

/** The panel must keep off the form itself: its container is the step to protect. Until X has drawn
 * the form (its spinner), nothing: the panel would open in one place, then jump aside from the form. */
function passwordChange(doc: Document): PageReading {
  const field = findLive(doc, 'passwordInput');
  if (!field) return OTHER;
  const container = field.closest('form') ?? field.closest('section') ?? field.closest('main');
  return container ? { context: 'password-change', stepContainer: container } : { context: 'password-change' };
}

/** The password-change form's shape: a new password field among several password fields. */
function asksForNewPassword(doc: Document): boolean {
  const fields = findAllLive(doc, 'passwordInput', 12);
  return fields.length >= 2 && fields.some((field) => field.getAttribute('autocomplete') === 'new-password' || field.getAttribute('name') === 'new_password');
}

function looksNumeric(input: Element): boolean {
  return input.getAttribute('inputmode') === 'numeric' || input.getAttribute('autocomplete') === 'one-time-code';
}

function asksForIdentity(input: Element): boolean {
  const type = input.getAttribute('type') ?? '';
  const autocomplete = input.getAttribute('autocomplete') ?? '';
  return ['email', 'tel'].includes(type) || /^(email|tel|username)\b/.test(autocomplete);
}
