/** Scene URLs of the replica (the same ids and URLs as SCENES in tests/fixtures/replica/x-replica.js), with the page parameters the tests vary. */
export interface SceneOptions {
  /** the replica draws X in en and ja, and X's settings labels in the other eight (LANGS in x-replica.js; 'en' for any other) */
  lang?: 'en' | 'ja' | 'es' | 'pt' | 'fr' | 'de' | 'ko' | 'id' | 'tr' | 'ar';
  theme?: 'light' | 'dark' | 'dim' | 'contrast';
  layout?: 'wide' | 'narrow';
  delay?: number;
  host?: string;
  /** seed for the parts of X's DOM that are unknown (see the replica's README); default 0 */
  shape?: number;
}

const URLS = {
  'flow-username': '/i/flow/login?ocf=1&step=username',
  'flow-password': '/i/flow/login?ocf=1&step=password',
  'flow-code-app': '/i/flow/login?ocf=1&step=code&method=app',
  'flow-code-sms': '/i/flow/login?ocf=1&step=code&method=sms',
  'flow-code-backup': '/i/flow/login?ocf=1&step=code&method=backup',
  'flow-code-key': '/i/flow/login?ocf=1&step=code&method=key',
  'flow-choose': '/i/flow/login?ocf=1&step=choose',
  'flow-acid': '/i/flow/login?ocf=1&step=acid',
  'flow-denied': '/i/flow/login?ocf=1&step=denied',
  'flow-redirect': '/i/flow/login',
  'login-redirect': '/login',
  'jf-start': '/i/jf/onboarding/web?mode=login',
  'jf-username': '/i/jf/onboarding/web?mode=login#/s/username/a1',
  'jf-username-opaque': '/i/jf/onboarding/web?mode=login#/s/login_identifier/a0',
  'jf-password': '/i/jf/onboarding/web?mode=login#/s/login_enter_password/a2',
  'jf-code': '/i/jf/onboarding/web?mode=login#/s/two_factor_code/a3',
  'jf-code-app': '/i/jf/onboarding/web?mode=login&method=app#/s/two_factor_code/a3',
  'jf-code-sms': '/i/jf/onboarding/web?mode=login&method=sms&digits=34#/s/two_factor_code/b3',
  'jf-code-sms-nodigits': '/i/jf/onboarding/web?mode=login&method=sms&digits=none#/s/two_factor_code/c3',
  'jf-code-backup': '/i/jf/onboarding/web?mode=login&method=backup#/s/two_factor_code/d3',
  'jf-code-key': '/i/jf/onboarding/web?mode=login&method=key#/s/two_factor_code/e3',
  'jf-choose': '/i/jf/onboarding/web?mode=login#/s/two_factor_choose_method/a5',
  'jf-choose-select': '/i/jf/onboarding/web?mode=login#/s/select_method/b5',
  'jf-choose-opaque': '/i/jf/onboarding/web?mode=login#/s/login_challenge/c5',
  'jf-verify-email': '/i/jf/onboarding/web?mode=login#/s/verify_code/a4',
  'jf-email-code': '/i/jf/onboarding/web?mode=login#/s/email_code/a4',
  'jf-verify-sms': '/i/jf/onboarding/web?mode=login&via=sms#/s/verify_code/b4',
  'jf-knowledge': '/i/jf/onboarding/web?mode=login#/s/knowledge_check/a6',
  'jf-captcha': '/i/jf/onboarding/web?mode=login#/s/arkose_challenge/a7',
  settings: '/settings',
  'settings-access': '/settings/security_and_account_access',
  'settings-security': '/settings/security',
  'settings-2fa': '/settings/account/login_verification',
  'settings-2fa-sms': '/settings/account/login_verification?on=app,sms',
  'settings-2fa-temp': '/settings/account/login_verification?temp=1',
  'settings-2fa-notemp': '/settings/account/login_verification?temp=0',
  'settings-2fa-push': '/settings/account/login_verification?push=1',
  'settings-2fa-off': '/settings/account/login_verification?on=none',
  'settings-backup': '/settings/account/login_verification/backup_code',
  'settings-temp': '/settings/account/login_verification/temporary_password',
  'password-change': '/settings/password',
  'settings-account': '/settings/account',
  'settings-display': '/settings/display',
  'method-off':
    '/i/flow/two-factor-unenrollment?input_flow_data=%7B%22requested_variant%22%3A%22%7B%5C%22method%5C%22%3A%5C%22Totp%5C%22%7D%22%2C%22flow_context%22%3A%7B%22start_location%22%3A%7B%22location%22%3A%22settings%22%7D%7D%7D&on=app',
  'method-off-sms':
    '/i/flow/two-factor-unenrollment?input_flow_data=%7B%22requested_variant%22%3A%22%7B%5C%22method%5C%22%3A%5C%22Sms%5C%22%7D%22%2C%22flow_context%22%3A%7B%22start_location%22%3A%7B%22location%22%3A%22settings%22%7D%7D%7D&on=app,sms',
  'enroll-sms': '/i/flow/two-factor-sms-enrollment',
  'enroll-app': '/i/flow/two-factor-auth-app-enrollment?on=none',
  'enroll-key': '/i/flow/two-factor-security-key-enrollment',
  home: '/home',
  explore: '/explore',
  // hostile content: strangers' posts, cards, trends and user cells in X's words
  'home-hostile': '/home?hostile=1',
  'explore-hostile': '/explore?hostile=1',
} as const;

export type SceneId = keyof typeof URLS;

export function sceneUrl(id: SceneId, { lang, theme, layout, delay, shape, host = 'https://x.com' }: SceneOptions = {}): string {
  const url = new URL(URLS[id], host);
  if (lang) url.searchParams.set('lang', lang);
  if (theme) url.searchParams.set('theme', theme);
  if (layout) url.searchParams.set('layout', layout);
  if (delay !== undefined) url.searchParams.set('delay', String(delay));
  if (shape !== undefined) url.searchParams.set('shape', String(shape));
  return url.href;
}
