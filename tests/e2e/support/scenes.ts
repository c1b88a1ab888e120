/** Scene URLs of the replica (the same ids and URLs as SCENES in tests/fixtures/replica/replica-scenes.js), with the page parameters the tests vary. */
export interface SceneOptions {
  /** the replica draws X in en and ja, and X's settings labels in the other eight (LANGS in tests/fixtures/replica/replica-langs.js; 'en' for any other) */
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
  'jf-start-redirect': '/i/jf/onboarding/web?mode=login&redirect_after_login=%2Fhome',
  'jf-start-expired': '/i/jf/onboarding/web?mode=login&flow=expired',
  'jf-start-nomode': '/i/jf/onboarding/web',
  'jf-start-flowname': '/i/jf/onboarding?flow_name=login',
  'jf-code-redirect': '/i/jf/onboarding/web?mode=login&redirect_after_login=%2Fhome#/s/two_factor_code/u3',
  'jf-code-expired': '/i/jf/onboarding/web?mode=login&flow=expired&method=sms&digits=34#/s/two_factor_code/v3',
  'jf-code-nomode': '/i/jf/onboarding/web?method=backup#/s/two_factor_code/w3',
  'jf-code-flowname': '/i/jf/onboarding?flow_name=login#/s/two_factor_code/x3',
  'jf-choose-flowname': '/i/jf/onboarding?flow_name=login#/s/two_factor_choose_method/y5',
  'jf-signup': '/i/jf/onboarding/web?mode=signup#/s/two_factor_code/s3',
  'jf-signup-flowname': '/i/jf/onboarding?flow_name=signup#/s/two_factor_code/s4',
  'jf-stack-username': '/i/jf/onboarding/web?mode=login&stack=kept',
  'jf-stack-username-next': '/i/jf/onboarding/web?mode=login&stack=next',
  'jf-stack-password': '/i/jf/onboarding/web?mode=login&stack=kept#/s/login_enter_password/k2',
  'jf-stack-password-next': '/i/jf/onboarding/web?mode=login&stack=next#/s/login_enter_password/n2',
  'jf-stack-passkey': '/i/jf/onboarding/web?mode=login&stack=kept#/s/login_passkey/k1',
  'jf-stack-code-app': '/i/jf/onboarding/web?mode=login&stack=kept&method=app#/s/two_factor_code/k3',
  'jf-stack-code-app-next': '/i/jf/onboarding/web?mode=login&stack=next&method=app#/s/two_factor_code/n3',
  'jf-stack-code-sms': '/i/jf/onboarding/web?mode=login&stack=kept&method=sms&digits=34#/s/two_factor_code/k4',
  'jf-stack-code-sms-next': '/i/jf/onboarding/web?mode=login&stack=next&method=sms&digits=34#/s/two_factor_code/n4',
  'jf-stack-code-backup': '/i/jf/onboarding/web?mode=login&stack=kept&method=backup#/s/two_factor_code/k5',
  'jf-stack-code-backup-next': '/i/jf/onboarding/web?mode=login&stack=next&method=backup#/s/two_factor_code/n5',
  'jf-stack-code-key': '/i/jf/onboarding/web?mode=login&stack=kept&method=key#/s/two_factor_code/k6',
  'jf-stack-choose': '/i/jf/onboarding/web?mode=login&stack=kept#/s/two_factor_choose_method/k7',
  'jf-stack-choose-next': '/i/jf/onboarding/web?mode=login&stack=next#/s/select_method/n7',
  'jf-stack-verify-sms': '/i/jf/onboarding/web?mode=login&stack=kept&via=sms#/s/verify_code/k8',
  'jf-stack-knowledge': '/i/jf/onboarding/web?mode=login&stack=kept#/s/knowledge_check/k9',
  'jf-dup-code-app': '/i/jf/onboarding/web?mode=login&dup=1&method=app#/s/two_factor_code/d1',
  'jf-dup2-code-app': '/i/jf/onboarding/web?mode=login&dup=2&method=app#/s/two_factor_code/d2',
  'jf-dup-code-sms': '/i/jf/onboarding/web?mode=login&dup=1&method=sms&digits=34#/s/two_factor_code/d3',
  'jf-dup2-code-key': '/i/jf/onboarding/web?mode=login&dup=2&method=key#/s/two_factor_code/d4',
  'jf-dup-choose': '/i/jf/onboarding/web?mode=login&dup=1#/s/two_factor_choose_method/d5',
  'jf-dup2-choose': '/i/jf/onboarding/web?mode=login&dup=2#/s/two_factor_choose_method/d6',
  'jf-dup-username': '/i/jf/onboarding/web?mode=login&dup=1',
  'jf-dup-password': '/i/jf/onboarding/web?mode=login&dup=2#/s/login_enter_password/d7',
  'jf-otc-app': '/i/jf/onboarding/web?mode=login&otc=1&method=app#/s/two_factor_code/o1',
  'jf-otc-sms': '/i/jf/onboarding/web?mode=login&otc=1&method=sms&digits=34#/s/two_factor_code/o2',
  'jf-otc-all': '/i/jf/onboarding/web?mode=login&otc=1&stack=kept&dup=1&method=app#/s/two_factor_code/o3',
  'jf-banner-limited': '/i/jf/onboarding/web?mode=login&banner=limited',
  'jf-banner-limited-password': '/i/jf/onboarding/web?mode=login&banner=limited&stack=kept#/s/login_enter_password/l2',
  'jf-banner-limited-code': '/i/jf/onboarding/web?mode=login&banner=limited&stack=kept#/s/two_factor_code/l3',
  'jf-banner-password': '/i/jf/onboarding/web?mode=login&banner=password#/s/login_enter_password/l4',
  'jf-banner-code': '/i/jf/onboarding/web?mode=login&banner=code&dup=1#/s/two_factor_code/l5',
  'jf-banner-unknown': '/i/jf/onboarding/web?mode=login&banner=unknown#/s/login_enter_password/l6',
  'jf-banner-unknown-choose': '/i/jf/onboarding/web?mode=login&banner=unknown#/s/two_factor_choose_method/l7',
  'jf-passkey': '/i/jf/onboarding/web?mode=login#/s/login_passkey/p1',
  settings: '/settings',
  'settings-access': '/settings/security_and_account_access',
  'settings-security': '/settings/security',
  'settings-2fa': '/settings/account/login_verification',
  'settings-2fa-sms': '/settings/account/login_verification?on=app,sms',
  'settings-2fa-temp': '/settings/account/login_verification?temp=1',
  'settings-2fa-notemp': '/settings/account/login_verification?temp=0',
  'settings-2fa-push': '/settings/account/login_verification?push=1',
  'settings-2fa-off': '/settings/account/login_verification?on=none',
  'settings-2fa-sheet-off': '/settings/account/login_verification?on=app,sms&sheet=off-app',
  'settings-2fa-sheet-off-all': '/settings/account/login_verification?on=app&sheet=off-all',
  'settings-2fa-sheet-email': '/settings/account/login_verification?sheet=email',
  'settings-2fa-sheet-key-limit': '/settings/account/login_verification?on=app,key&sheet=key-limit',
  'settings-2fa-offsheet': '/settings/account/login_verification?offsheet=1&on=app,sms',
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
