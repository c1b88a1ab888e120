/**
 * The page classifier: a pure function from what a page shows (URL and DOM)
 * to a PageReading. Structure decides first (route, hash step, input
 * attributes, link targets); X's text only confirms or vetoes. It never reads
 * input values and never changes the page.
 */
import { reportFailure } from '../diagnostics/report';
import { OTHER, type CodeMethod, type PageReading } from './reading';
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
import { anyOf, find, findAll, selectors } from './selectors';
import {
  chooseMethodCues,
  cuesFor,
  foldText,
  identityCues,
  mentionsAny,
  methodNames,
  phoneDigitPatterns,
  resendCues,
  submitWords,
  twoFactorCues,
} from './x-strings';

const TWO_FACTOR = cuesFor(twoFactorCues);
const IDENTITY = cuesFor(identityCues);
const CHOOSE_METHOD = cuesFor(chooseMethodCues);
const RESEND = cuesFor(resendCues);
const SUBMIT = cuesFor(submitWords);
const METHOD_CUES = Object.fromEntries(Object.entries(methodNames).map(([method, table]) => [method, cuesFor(table)])) as Record<
  Exclude<CodeMethod, 'unknown'>,
  string[]
>;

/** How many pressable elements we read text from, at most, on one step. */
const PRESSABLE_LIMIT = 80;

export function classify(doc: Document, url: URL): PageReading {
  try {
    return classifyOrThrow(doc, url);
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
  if (step) return { context: 'settings', settingsStep: step };
  // Should X move the form: a settings page asking for a new password is the same risk.
  if (url.pathname.startsWith('/settings/') && asksForNewPassword(doc)) return passwordChange(doc);
  if (isOnboardingLogin(url)) return readLoginStep(doc, onboardingStep(url));
  if (isFlowLogin(url)) return readLoginStep(doc, '');
  return OTHER;
}

/** `hashStep` is the 2026 layout's step name; '' when the URL names none. */
function readLoginStep(doc: Document, hashStep: string): PageReading {
  if (isNeverCodeStep(hashStep)) return OTHER;
  // The password step, a captcha, or a form we must leave alone.
  if (find(doc, 'passwordInput') || find(doc, 'captchaFrame')) return OTHER;

  const input = codeField(doc);
  const container = stepContainerOf(doc, input);
  const text = foldText(container.textContent);

  // The chooser lists the methods and has no field: recognised by content, whatever its step name.
  if (!input && listsMethods(container, text)) return { context: 'choose-method', stepContainer: container };

  if (isTwoFactorStep(hashStep)) {
    // The URL changes before X renders the step: wait for its field or heading, so the
    // panel does not open on a spinner and then change under the reader.
    if (!input && !find(container, 'heading')) return OTHER;
    if (/choose|method|select|option/.test(hashStep)) return { context: 'choose-method', stepContainer: container };
    return codePrompt(container, text, input);
  }

  if (input) {
    const identity = mentionsAny(text, IDENTITY) || /\S@\S/.test(text) || asksForIdentity(input);
    if (identity) return OTHER; // e-mail / phone / username confirmation reuses the same fields
    // Structure that says "code" in any language: X's support link or six one-digit boxes.
    const boxes = !isConfirmationStep(hashStep) && digitBoxCount(container) >= 4;
    const structural = looksNumeric(input) && (Boolean(find(container, 'regainAccessLink')) || boxes);
    if (structural || mentionsAny(text, TWO_FACTOR)) return codePrompt(container, text, input);
    return OTHER;
  }

  // A security-key step may have no text field at all.
  const headingText = foldText(find(container, 'heading')?.textContent);
  const control = findChooseMethodControl(container);
  const backedByStructure = Boolean(find(container, 'regainAccessLink') || control);
  if (backedByStructure && mentionsAny(headingText, METHOD_CUES['security-key'])) {
    return { context: 'code-prompt', method: 'security-key', stepContainer: container, ...withControl(control) };
  }
  return OTHER;
}

/** The step's answer field: the older flow's text input, the 2026 field, or a code box. */
function codeField(doc: Document): Element | null {
  return find(doc, 'flowTextInput') ?? find(doc, 'challengeInput') ?? find(doc, 'digitBox') ?? find(doc, 'oneTimeCodeInput');
}

function digitBoxCount(container: Element): number {
  return container.querySelectorAll(anyOf('digitBox')).length;
}

/** A code step; its "another method" control is looked for only here, not on every login step. */
function codePrompt(container: Element, text: string, input: Element | null): PageReading {
  const control = findChooseMethodControl(container);
  const headingText = foldText(find(container, 'heading')?.textContent);
  const phoneDigits = findPhoneDigits(container.textContent ?? '');
  const method =
    methodIn(headingText, ['backup', 'security-key', 'sms', 'app']) ??
    (phoneDigits ? 'sms' : undefined) ??
    methodIn(text, ['app', 'sms', 'security-key', 'backup']) ??
    // The 2026 layout asks for the authenticator code in six boxes (facts 2026-12).
    (input && digitBoxCount(container) >= 4 ? 'app' : undefined) ??
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
  const label = (control.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
  return label ? { chooseMethodControl: control, chooseMethodLabel: label } : { chooseMethodControl: control };
}

function methodIn(text: string, order: Exclude<CodeMethod, 'unknown'>[]): CodeMethod | undefined {
  return order.find((method) => mentionsAny(text, METHOD_CUES[method]));
}

function findPhoneDigits(raw: string): string | undefined {
  const text = raw.slice(0, 4000);
  for (const pattern of phoneDigitPatterns) {
    const digits = pattern.exec(text)?.[1];
    if (digits) return digits;
  }
  return undefined;
}

function stepContainerOf(doc: Document, input: Element | null): Element {
  const body = doc.body ?? doc.documentElement;
  if (!input) return find(doc, 'stepContainer') ?? body;
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
  const pressables = findAll(container, 'pressable')
    .slice(0, PRESSABLE_LIMIT)
    .filter((el) => el.tagName !== 'INPUT');
  const words = (el: Element) => foldText(el.textContent, 200);
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
  const options = findAll(container, 'methodOption').slice(0, PRESSABLE_LIMIT);
  const named = new Set<string>();
  for (const option of options) {
    const optionText = foldText(option.textContent, 200);
    for (const [method, cues] of Object.entries(METHOD_CUES)) {
      if (mentionsAny(optionText, cues)) named.add(method);
    }
  }
  if (named.size >= 2) return true;
  const radios = container.querySelectorAll('[role="radio"], input[type="radio"]').length;
  return radios >= 2 && !mentionsAny(text, IDENTITY);
}

/** X's method-off flow, once X has drawn something to act on (not over its spinner: the
 * panel would open, then jump aside when X's dialog appears). */
function methodOff(doc: Document): PageReading {
  if (!find(doc, 'control')) return OTHER;
  return { context: 'method-off', stepContainer: find(doc, 'stepContainer') ?? undefined };
}

/** The panel must keep off the form itself: its container is the step to protect. Until X has drawn
 * the form (its spinner), nothing: the panel would open in one place, then jump aside from the form. */
function passwordChange(doc: Document): PageReading {
  const field = find(doc, 'passwordInput');
  if (!field) return OTHER;
  const container = field.closest('form') ?? field.closest('section') ?? field.closest('main');
  return container ? { context: 'password-change', stepContainer: container } : { context: 'password-change' };
}

/** The password-change form's shape: a new password field among several password fields. */
function asksForNewPassword(doc: Document): boolean {
  const fields = findAll(doc, 'passwordInput');
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
