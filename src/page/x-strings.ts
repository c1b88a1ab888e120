/**
 * X's own interface text, used only to *confirm* what structure suggests, and to
 * name X's menu items in our guidance. Matching is lower-case substring search
 * on whitespace-folded text. Languages missing here fall back to structure alone.
 */
import type { CodeMethod } from './reading';

type PerLanguage = Record<string, readonly string[]>;

/** Text that says "this step wants a two-factor code". 2026 layout texts ("Enter your two
 * factor code", "We sent a text message with a verification code…"; "Enter a backup code from
 * X." is not proven X's): docs/x-facts.md F6, from code driving the live site (2026-08). */
export const twoFactorCues: PerLanguage = {
  en: ['verification code', 'two factor code', 'two-factor', 'backup code', 'code generator app', 'authentication app', 'security key'],
  ja: ['認証コード', '確認コード', 'コード表示アプリ', '認証アプリ', 'バックアップコード', 'セキュリティキー', '2要素認証'],
};

/** Text that says "this step confirms who you are" (e-mail, phone, username):
 * it reuses the code input, so it vetoes a text-only match. */
export const identityCues: PerLanguage = {
  // 2026 knowledge check: "Confirm your account" / "Confirm the phone number associated
  // with your X account." (docs/x-facts.md F4, F6); the step's hash name vetoes it first.
  en: ['email', 'e-mail', 'phone number or', 'username', 'confirm your account', 'associated with your'],
  ja: ['メール', '電話番号または', 'ユーザー名', 'アカウントを確認'],
};

/** The control that lists the other verification methods. The older flow's wording is
 * known; the 2026 layout's is not (docs/x-facts.md F6, F9), so these only confirm what structure
 * finds (classify.ts) and cover the likely phrasings. */
export const chooseMethodCues: PerLanguage = {
  en: ['different verification method', 'another method', 'different method', 'another way', 'other method', 'other options'],
  ja: ['別の認証方法', '別の方法', '他の方法', 'その他のオプション'],
};

/** "Send the code again": the other secondary control on a code step, never "another method".
 * Our guesses at common wording (2026-12), not X's confirmed strings. */
export const resendCues: PerLanguage = {
  en: ["didn't receive", 'didn’t receive', 'resend', 'send again', 'send a new code'],
  ja: ['届かない', '届きません', '再送', 'もう一度送信'],
};

/** The whole text of a step's submit button, when X gives it no type or test id.
 * X's older flow says "Next"/「次へ」 (2025-07 bundles); the rest are guesses (2026-12). */
export const submitWords: PerLanguage = {
  en: ['next', 'verify', 'log in', 'confirm', 'submit', 'continue'],
  ja: ['次へ', '確認', 'ログイン', '認証', '送信', '続ける'],
};

/** Names of methods as X lists them, per method. Beyond en/ja: X's own labels in each UI language
 * (src/page/x-labels.ts, lower-cased; a unit test keeps the two in step), written out here because
 * the watcher must not carry the whole label table. */
export const methodNames: Record<Exclude<CodeMethod, 'unknown'>, PerLanguage> = {
  backup: {
    en: ['backup code'],
    ja: ['バックアップコード'],
    es: ['código de respaldo'],
    pt: ['código de backup'],
    fr: ['code de secours'],
    de: ['sicherheitscode'],
    ko: ['백업 코드'],
    id: ['kode cadangan'],
    tr: ['yedek kod'],
    ar: ['نسخ الرمز احتياطيًا'],
  },
  'security-key': {
    en: ['security key'],
    ja: ['セキュリティキー'],
    es: ['llave de seguridad'],
    pt: ['chave de segurança'],
    fr: ['clé de sécurité'],
    de: ['sicherheitsschlüssel'],
    ko: ['보안 키'],
    id: ['kunci keamanan'],
    tr: ['güvenlik anahtarı'],
    ar: ['مفتاح الأمان'],
  },
  sms: {
    en: ['text message', 'sms'],
    ja: ['テキストメッセージ', 'sms', 'ショートメッセージ'],
    es: ['mensaje de texto'],
    pt: ['mensagem de texto'],
    fr: ['sms'],
    de: ['sms'],
    ko: ['문자 메시지'],
    id: ['pesan teks'],
    tr: ['kısa mesaj'],
    ar: ['رسالة نصية'],
  },
  app: {
    en: ['authentication app', 'code generator app', 'authenticator app'],
    ja: ['認証アプリ', 'コード表示アプリ'],
    es: ['app de autentificación'],
    pt: ['aplicativo de autenticação'],
    fr: ["application d'authentification"],
    de: ['authentifizierungs-app'],
    ko: ['인증 앱'],
    id: ['aplikasi autentikasi'],
    tr: ['kimlik doğrulama uygulaması'],
    ar: ['تطبيق المصادقة'],
  },
};

/** X's login error banner saying it refuses this device for now: "We've temporarily limited your
 * login. Please try again later." (en, docs/x-facts.md F8; X's words in other languages unknown). */
export const limitedCues: PerLanguage = { en: ['temporarily limited'] };

/** Banner texts we know that are not the limit (docs/x-facts.md F6, F8): a wrong code, password or
 * username, in the languages we have them. Anything else we cannot read is `unread`. */
export const otherLoginErrors: PerLanguage = {
  en: ['incorrect', "couldn't find", 'couldn’t find', 'could not log you in'],
  ja: ['正しくありません'],
};

/** Words of a confirmation sheet that turns something off. X's wording is unknown
 * (docs/x-facts.md F15): our guesses, only to tell its questions apart; structure finds the sheet. */
export const turnOffCues: PerLanguage = {
  en: ['turn off', 'disable'],
  ja: ['オフ', '無効', '解除'],
  es: ['desactivar'],
  pt: ['desativar'],
  fr: ['désactiver'],
  de: ['deaktivieren', 'ausschalten'],
  ko: ['끄', '해제', '사용 중지'],
  id: ['nonaktifkan', 'matikan'],
  tr: ['kapat', 'devre dışı'],
  ar: ['إيقاف', 'تعطيل'],
};

/** The same sheet's harmless questions on the two-factor page: an unverified e-mail address,
 * the security-key limit (docs/x-facts.md F15; wording unknown, our guesses). */
export const harmlessSheetCues: PerLanguage = {
  en: ['email', 'e-mail', 'limit'],
  ja: ['メール', '上限'],
  es: ['correo', 'límite'],
  pt: ['e-mail', 'limite'],
  fr: ['e-mail', 'adresse mail', 'limite'],
  de: ['e-mail', 'limit', 'höchstzahl'],
  ko: ['이메일', '한도', '최대'],
  id: ['email', 'batas'],
  tr: ['e-posta', 'sınır', 'limit'],
  ar: ['البريد', 'الحد'],
};

/** "…phone ending in 34" and masked numbers, to tell the user which phone. */
export const phoneDigitPatterns: readonly RegExp[] = [
  /ending (?:in|with)\D{0,3}(\d{2,4})\b/i,
  /[*•●∙·]{2,}[\s-]*(\d{2,4})\b/,
  /末尾(?:が|の)?\D{0,3}(\d{2,4})/,
  /下\s*[2２二]\s*桁\D{0,6}(\d{2,4})/,
];

/** X's labels for the settings path, for our own guidance text. */

export function cuesFor(table: PerLanguage): string[] {
  return Object.values(table).flat();
}

/** Lower-case, whitespace-folded text, cut to keep checks cheap on huge nodes. */
export function foldText(text: string | null | undefined, limit = 4000): string {
  return (text ?? '')
    .slice(0, limit * 2)
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .slice(0, limit);
}

export function mentionsAny(folded: string, cues: readonly string[]): boolean {
  return cues.some((cue) => folded.includes(cue));
}
