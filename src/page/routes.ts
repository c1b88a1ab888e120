/**
 * Route predicates: what a URL alone says about an x.com page.
 * Paths are the same on x.com, mobile.x.com, twitter.com and mobile.twitter.com.
 */

/** Steps of the settings path that leads to the backup code, in order. */
export type SettingsStep = 'settings' | 'account-access' | 'security' | 'two-factor' | 'additional-method';

const trimSlash = (path: string): string => path.replace(/\/+$/, '') || '/';

/** The older login flow ("OCF"): steps replace each other without navigation.
 * Since 2026-07 X redirects it to the 2026 layout for most people (docs/x-facts.md F1),
 * but old links, app web views and cached clients still get it. */
export function isFlowLogin(url: URL): boolean {
  const path = trimSlash(url.pathname);
  return path === '/i/flow/login' || path === '/login';
}

/** Paths of the 2026 layout: `/i/jf/onboarding/web?mode=login`, and `/i/jf/onboarding?flow_name=login`
 * seen by one source (docs/x-facts.md F2). */
const ONBOARDING_PATHS = ['/i/jf/onboarding/web', '/i/jf/onboarding'];

/** The 2026 login layout; its current step lives in the hash. The query may carry
 * `redirect_after_login=…` or `flow=expired`, or lack `mode=login` (docs/x-facts.md F2): only a
 * sign-up (`mode=signup`) or a flow named other than login is not it. */
export function isOnboardingLogin(url: URL): boolean {
  if (!ONBOARDING_PATHS.includes(trimSlash(url.pathname))) return false;
  const mode = url.searchParams.get('mode');
  const flow = url.searchParams.get('flow_name');
  return mode !== 'signup' && (flow === null || /login/i.test(flow));
}

/** The step name in the 2026 layout, from `#/s/<step>/<id>`; '' when absent. */
export function onboardingStep(url: URL): string {
  const match = /^#\/s\/([^/?#]+)/.exec(url.hash);
  return match?.[1]?.toLowerCase() ?? '';
}

/** 2026 step names that ask for a two-factor code whatever the page says (`two_factor_code`,
 * seen on the live site 2026-08) or that we guess name the chooser. */
export function isTwoFactorStep(step: string): boolean {
  return /two_?factor|2fa|login_verification/.test(step);
}

/** 2026 steps that are never a code prompt, though some reuse the code field:
 * `knowledge_check` ("Confirm your account"), `login_enter_password`, sign-up steps,
 * captchas (names from the live site, 2026-08; the captcha's is a guess). */
export function isNeverCodeStep(step: string): boolean {
  return /^(knowledge_check|login_enter_password|signup|arkose|captcha)/.test(step);
}

/** 2026 steps that confirm a login with a code sent by e-mail or text (`verify_code`, live
 * site 2026-08): a two-factor code only when the page's words say so, never by shape alone. */
export function isConfirmationStep(step: string): boolean {
  return /verify|email|confirm/.test(step);
}

export function isLogin(url: URL): boolean {
  return isFlowLogin(url) || isOnboardingLogin(url);
}

export function isPasswordChange(url: URL): boolean {
  return trimSlash(url.pathname) === '/settings/password';
}

/** X's flow that turns a two-factor method off, reached by unticking a method on the
 * two-factor page (`/i/flow/two-factor-unenrollment?input_flow_data=…`; source: code
 * driving the live site, confirmed 2026-08). Enrollment flows (`two-factor-*-enrollment`)
 * add a method and are not a risk. */
export function isMethodOff(url: URL): boolean {
  return /^\/i\/flow\/two-factor-unenrollment(?:[/_-]|$)/.test(trimSlash(url.pathname));
}

const SETTINGS_PATHS: Record<string, SettingsStep> = {
  '/settings': 'settings',
  '/settings/security_and_account_access': 'account-access',
  '/settings/security': 'security',
  '/settings/account/login_verification': 'two-factor',
};

/** Where a URL sits on the path to the backup code, or undefined when off it. */
export function settingsStep(url: URL): SettingsStep | undefined {
  const path = trimSlash(url.pathname);
  const exact = SETTINGS_PATHS[path];
  if (exact) return exact;
  // Backup code, temporary password and method set-up pages all live below this one.
  if (path.startsWith('/settings/account/login_verification/')) return 'additional-method';
  return undefined;
}

/** The login link we give: `/login` may open sign-up instead (one source, 2026-08) and the 2026
 * layout's own URL needs its query, while `/i/flow/login` leads to the login (docs/x-facts.md F2). */
const LOGIN_PATH = '/i/flow/login';

/** Where a guide started from a risky page offers to go back to: the page itself, for X's
 * method-off flow (whose URL carries one-time flow data) the two-factor page it came from, and
 * for any login page the login link. */
export function wayBackFrom(url: URL): string {
  if (isMethodOff(url)) return '/settings/account/login_verification';
  return isLogin(url) ? LOGIN_PATH : trimSlash(url.pathname);
}

/** Pages worth looking at closely; on every other page the content script stays idle.
 * All of settings: the password form is also recognised by its shape, should X move it. */
export function mayBeRelevant(url: URL): boolean {
  const path = trimSlash(url.pathname);
  return isLogin(url) || isMethodOff(url) || path === '/settings' || path.startsWith('/settings/');
}
