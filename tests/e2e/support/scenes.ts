/** Scene URLs of the replica, with the page parameters the tests vary. */
export interface SceneOptions {
  lang?: 'en' | 'ja' | string;
  theme?: 'light' | 'dark' | 'dim' | 'contrast';
  layout?: 'wide' | 'narrow';
  delay?: number;
  host?: string;
}

const URLS = {
  'flow-username': '/i/flow/login?step=username',
  'flow-password': '/i/flow/login?step=password',
  'flow-code-app': '/i/flow/login?step=code&method=app',
  'flow-code-sms': '/i/flow/login?step=code&method=sms',
  'flow-code-backup': '/i/flow/login?step=code&method=backup',
  'flow-choose': '/i/flow/login?step=choose',
  'flow-acid': '/i/flow/login?step=acid',
  'jf-username': '/i/jf/onboarding/web?mode=login#/s/username/a1',
  'jf-code': '/i/jf/onboarding/web?mode=login#/s/two_factor_code/a3',
  'jf-email-code': '/i/jf/onboarding/web?mode=login#/s/email_code/a4',
  settings: '/settings',
  'settings-security': '/settings/security',
  'settings-2fa': '/settings/account/login_verification',
  'password-change': '/settings/password',
  home: '/home',
} as const;

export type SceneId = keyof typeof URLS;

export function sceneUrl(id: SceneId, { lang, theme, layout, delay, host = 'https://x.com' }: SceneOptions = {}): string {
  const url = new URL(URLS[id], host);
  if (lang) url.searchParams.set('lang', lang);
  if (theme) url.searchParams.set('theme', theme);
  if (layout) url.searchParams.set('layout', layout);
  if (delay !== undefined) url.searchParams.set('delay', String(delay));
  return url.href;
}
