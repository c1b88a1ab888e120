/**
 * The page classifier: a pure function from what a page shows (URL and DOM)
 * to a PageReading. Structure decides first (route, hash step, input
 * attributes, link targets); X's text only confirms or vetoes. It never reads
 * input values and never changes the page.
 */
import { OTHER, type CodeMethod, type PageReading } from './reading';
import { isFlowLogin, isOnboardingLogin, isPasswordChange, onboardingStep, settingsStep } from './routes';
import { find, findAll, selectors } from './selectors';
import {
  chooseMethodCues,
  cuesFor,
  foldText,
  identityCues,
  mentionsAny,
  methodNames,
  phoneDigitPatterns,
  twoFactorCues,
} from './x-strings';

const TWO_FACTOR = cuesFor(twoFactorCues);
const IDENTITY = cuesFor(identityCues);
const CHOOSE_METHOD = cuesFor(chooseMethodCues);
const METHOD_CUES = Object.fromEntries(
  Object.entries(methodNames).map(([method, table]) => [method, cuesFor(table)]),
) as Record<Exclude<CodeMethod, 'unknown'>, string[]>;

/** How many pressable elements we read text from, at most, on one step. */
const PRESSABLE_LIMIT = 80;

export function classify(doc: Document, url: URL): PageReading {
  try {
    return classifyOrThrow(doc, url);
  } catch {
    // A page we do not understand is simply "other": never break X's page.
    return OTHER;
  }
}

function classifyOrThrow(doc: Document, url: URL): PageReading {
  if (isPasswordChange(url)) return passwordChange(doc);
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
  if (find(doc, 'passwordInput')) return OTHER; // the password step, or a form we must leave alone

  const input = find(doc, 'flowTextInput') ?? find(doc, 'oneTimeCodeInput');
  const container = stepContainerOf(doc, input);
  const text = foldText(container.textContent);
  const chooseMethodControl = findChooseMethodControl(container);

  if (/two_?factor|2fa|login_verification/.test(hashStep)) {
    if (/choose|method|select|option/.test(hashStep)) return { context: 'choose-method', stepContainer: container };
    return codePrompt(container, text, chooseMethodControl);
  }

  if (input) {
    const identity = mentionsAny(text, IDENTITY) || /\S@\S/.test(text) || asksForIdentity(input);
    if (identity) return OTHER; // e-mail / phone / username confirmation reuses the same input
    const structural = Boolean(find(container, 'regainAccessLink')) && looksNumeric(input);
    if (structural || mentionsAny(text, TWO_FACTOR) || chooseMethodControl) {
      return codePrompt(container, text, chooseMethodControl);
    }
    return OTHER;
  }

  if (listsMethods(container)) return { context: 'choose-method', stepContainer: container };

  // A security-key step may have no text field at all.
  const headingText = foldText(find(container, 'heading')?.textContent);
  const backedByStructure = Boolean(find(container, 'regainAccessLink') || chooseMethodControl);
  if (backedByStructure && mentionsAny(headingText, METHOD_CUES['security-key'])) {
    return { context: 'code-prompt', method: 'security-key', stepContainer: container, ...withControl(chooseMethodControl) };
  }
  return OTHER;
}

function codePrompt(container: Element, text: string, control: Element | undefined): PageReading {
  const headingText = foldText(find(container, 'heading')?.textContent);
  const phoneDigits = findPhoneDigits(container.textContent ?? '');
  const method =
    methodIn(headingText, ['backup', 'security-key', 'sms', 'app']) ??
    (phoneDigits ? 'sms' : undefined) ??
    methodIn(text, ['app', 'sms', 'security-key', 'backup']) ??
    'unknown';
  return {
    context: 'code-prompt',
    method,
    stepContainer: container,
    ...(method === 'sms' && phoneDigits ? { phoneDigits } : {}),
    ...withControl(control),
  };
}

function withControl(control: Element | undefined): Pick<PageReading, 'chooseMethodControl'> {
  return control ? { chooseMethodControl: control } : {};
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

function findChooseMethodControl(container: Element): Element | undefined {
  const pressables = findAll(container, 'pressable').slice(0, PRESSABLE_LIMIT);
  return pressables.find((el) => mentionsAny(foldText(el.textContent, 200), CHOOSE_METHOD));
}

/** The choose-method step names two or more methods on separate options. */
function listsMethods(container: Element): boolean {
  const options = findAll(container, 'methodOption').slice(0, PRESSABLE_LIMIT);
  const named = new Set<string>();
  for (const option of options) {
    const text = foldText(option.textContent, 200);
    for (const [method, cues] of Object.entries(METHOD_CUES)) {
      if (mentionsAny(text, cues)) named.add(method);
    }
  }
  if (named.size >= 2) return true;
  // Languages we have no words for: several radio options next to X's support link.
  const radios = container.querySelectorAll('[role="radio"], input[type="radio"]').length;
  return radios >= 2 && Boolean(find(container, 'regainAccessLink'));
}

/** The panel must keep off the form itself: its container is the step to protect. */
function passwordChange(doc: Document): PageReading {
  const field = find(doc, 'passwordInput');
  const container = field?.closest('form') ?? field?.closest('section') ?? field?.closest('main');
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
