/**
 * Route predicates: what a URL alone says about an x.com page.
 * Paths are the same on x.com, mobile.x.com, twitter.com and mobile.twitter.com.
 */

/** Steps of the settings path that leads to the backup code, in order. */
export const SETTINGS_STEPS = [
  'settings',
  'account-access',
  'security',
  'two-factor',
  'additional-method',
] as const;
export type SettingsStep = (typeof SETTINGS_STEPS)[number];

const trimSlash = (path: string): string => path.replace(/\/+$/, '') || '/';

/** The older login flow ("OCF"): steps replace each other without navigation. */
export function isFlowLogin(url: URL): boolean {
  const path = trimSlash(url.pathname);
  return path === '/i/flow/login' || path === '/login';
}

/** The 2026 login layout; its current step lives in the hash. */
export function isOnboardingLogin(url: URL): boolean {
  return trimSlash(url.pathname) === '/i/jf/onboarding/web' && url.searchParams.get('mode') !== 'signup';
}

/** The step name in the 2026 layout, from `#/s/<step>/<id>`; '' when absent. */
export function onboardingStep(url: URL): string {
  const match = /^#\/s\/([^/?#]+)/.exec(url.hash);
  return match?.[1]?.toLowerCase() ?? '';
}

export function isLogin(url: URL): boolean {
  return isFlowLogin(url) || isOnboardingLogin(url);
}

export function isPasswordChange(url: URL): boolean {
  return trimSlash(url.pathname) === '/settings/password';
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

/** Pages worth looking at closely; on every other page the content script stays idle.
 * All of settings: the password form is also recognised by its shape, should X move it. */
export function mayBeRelevant(url: URL): boolean {
  const path = trimSlash(url.pathname);
  return isLogin(url) || path === '/settings' || path.startsWith('/settings/');
}
