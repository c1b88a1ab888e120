/**
 * X's own labels for the items on the way to the backup code, in the ten UI languages. Values are
 * X's words, taken from X's web client string tables (2025-07 bundles); "Backup codes" and the
 * Japanese "Additional methods" (他の方法) confirmed against code driving the live site (2026-08;
 * docs/x-facts.md F16, F18). Quote these, never a translation of the English label.
 * `backupCodes` is the link on the two-factor page; `backupCode`, the singular some headings use.
 */
import type { UiLanguage } from './page-language';

export type XLabelKey =
  | 'settingsAndPrivacy'
  | 'securityAndAccountAccess'
  | 'security'
  | 'twoFactor'
  | 'more'
  | 'additionalMethods'
  | 'textMessage'
  | 'authApp'
  | 'securityKey'
  | 'backupCodes'
  | 'backupCode'
  | 'temporaryPassword'
  | 'yourAccount'
  | 'settings';

export const X_LABELS: Readonly<Record<UiLanguage, Readonly<Record<XLabelKey, string>>>> = {
  en: {
    settingsAndPrivacy: 'Settings and privacy',
    securityAndAccountAccess: 'Security and account access',
    security: 'Security',
    twoFactor: 'Two-factor authentication',
    more: 'More',
    additionalMethods: 'Additional methods',
    textMessage: 'Text message',
    authApp: 'Authentication app',
    securityKey: 'Security key',
    backupCodes: 'Backup codes',
    backupCode: 'Backup Code',
    temporaryPassword: 'Temporary password',
    yourAccount: 'Your account',
    settings: 'Settings',
  },
  ja: {
    settingsAndPrivacy: '設定とプライバシー',
    securityAndAccountAccess: 'セキュリティとアカウントアクセス',
    security: 'セキュリティ',
    twoFactor: '2要素認証',
    more: 'もっと見る',
    additionalMethods: '他の方法',
    textMessage: 'テキストメッセージ',
    authApp: '認証アプリ',
    securityKey: 'セキュリティキー',
    backupCodes: 'バックアップコード',
    backupCode: 'バックアップコード',
    temporaryPassword: '仮パスワード',
    yourAccount: 'アカウント',
    settings: '設定',
  },
  es: {
    settingsAndPrivacy: 'Configuración y privacidad',
    securityAndAccountAccess: 'Seguridad y acceso a la cuenta',
    security: 'Seguridad',
    twoFactor: 'Autenticación en dos fases',
    more: 'Más opciones',
    additionalMethods: 'Métodos adicionales',
    textMessage: 'Mensaje de texto',
    authApp: 'App de autentificación',
    securityKey: 'Llave de seguridad',
    backupCodes: 'Códigos de respaldo',
    backupCode: 'Código de respaldo',
    temporaryPassword: 'Contraseña temporal',
    yourAccount: 'Tu cuenta',
    settings: 'Configuración',
  },
  pt: {
    settingsAndPrivacy: 'Configurações e privacidade',
    securityAndAccountAccess: 'Segurança e acesso à conta',
    security: 'Segurança',
    twoFactor: 'Autenticação em duas etapas',
    more: 'Mais',
    additionalMethods: 'Métodos adicionais',
    textMessage: 'Mensagem de texto',
    authApp: 'Aplicativo de autenticação',
    securityKey: 'Chave de segurança',
    backupCodes: 'Código de backup',
    backupCode: 'Código de backup',
    temporaryPassword: 'Senha temporária',
    yourAccount: 'Sua conta',
    settings: 'Configurações',
  },
  fr: {
    settingsAndPrivacy: 'Paramètres et confidentialité',
    securityAndAccountAccess: 'Sécurité et accès au compte',
    security: 'Sécurité',
    twoFactor: 'Authentification à deux facteurs',
    more: 'Plus',
    additionalMethods: 'Méthodes supplémentaires',
    textMessage: 'SMS',
    authApp: "Application d'authentification",
    securityKey: 'Clé de sécurité',
    backupCodes: 'Codes de secours',
    backupCode: 'Code de secours',
    temporaryPassword: 'Mot de passe temporaire',
    yourAccount: 'Votre compte',
    settings: 'Paramètres',
  },
  de: {
    settingsAndPrivacy: 'Einstellungen und Datenschutz',
    securityAndAccountAccess: 'Sicherheit und Account-Zugriff',
    security: 'Sicherheit',
    twoFactor: 'Zwei-Faktor-Authentifizierung',
    more: 'Mehr',
    additionalMethods: 'Weitere Methoden',
    textMessage: 'SMS',
    authApp: 'Authentifizierungs-App',
    securityKey: 'Sicherheitsschlüssel',
    backupCodes: 'Backup-Codes',
    backupCode: 'Sicherheitscode',
    temporaryPassword: 'Vorläufiges Passwort',
    yourAccount: 'Dein Account',
    settings: 'Einstellungen',
  },
  ko: {
    settingsAndPrivacy: '설정 및 개인정보',
    securityAndAccountAccess: '보안 및 계정 접근 권한',
    security: '보안',
    twoFactor: '2단계 인증',
    more: '더 보기',
    additionalMethods: '추가 수단',
    textMessage: '문자 메시지',
    authApp: '인증 앱',
    securityKey: '보안 키',
    backupCodes: '백업 코드',
    backupCode: '백업 코드',
    temporaryPassword: '임시 비밀번호',
    yourAccount: '계정',
    settings: '설정',
  },
  id: {
    settingsAndPrivacy: 'Pengaturan dan privasi',
    securityAndAccountAccess: 'Keamanan dan akses akun',
    security: 'Keamanan',
    twoFactor: 'Autentikasi dua faktor',
    more: 'Lainnya',
    additionalMethods: 'Metode tambahan',
    textMessage: 'Pesan teks',
    authApp: 'Aplikasi autentikasi',
    securityKey: 'Kunci keamanan',
    backupCodes: 'Kode cadangan',
    backupCode: 'Kode Cadangan',
    temporaryPassword: 'Kata sandi sementara',
    yourAccount: 'Akun Anda',
    settings: 'Pengaturan',
  },
  tr: {
    settingsAndPrivacy: 'Ayarlar ve gizlilik',
    securityAndAccountAccess: 'Güvenlik ve hesap erişimi',
    security: 'Güvenlik',
    twoFactor: 'İki faktörlü kimlik doğrulaması',
    more: 'Daha fazla',
    additionalMethods: 'Ek yöntemler',
    textMessage: 'Kısa mesaj',
    authApp: 'Kimlik doğrulama uygulaması',
    securityKey: 'Güvenlik anahtarı',
    backupCodes: 'Yedek kodlar',
    backupCode: 'Yedek Kod',
    temporaryPassword: 'Geçici şifre',
    yourAccount: 'Hesabın',
    settings: 'Ayarlar',
  },
  ar: {
    settingsAndPrivacy: 'الإعدادات والخصوصية',
    securityAndAccountAccess: 'الأمان والوصول إلى الحساب',
    security: 'الأمان',
    twoFactor: 'المصادقة بعاملين',
    more: 'المزيد',
    additionalMethods: 'طرق إضافية',
    textMessage: 'رسالة نصية',
    authApp: 'تطبيق المصادقة',
    securityKey: 'مفتاح الأمان',
    backupCodes: 'الرموز الاحتياطية',
    backupCode: 'نسخ الرمز احتياطيًا',
    temporaryPassword: 'كلمة مرور مؤقتة',
    yourAccount: 'حسابك',
    settings: 'إعدادات',
  },
};

/** Fails to compile on a name that is not one of X's label keys. */
type LabelKeys<Keys extends XLabelKey> = Keys;

/** The items of X's settings path (and its method rows), named as X's labels are: each holds X's label for it.
 * "Backup codes" (en) and 「他の方法」 (ja) confirmed against 2026 code (docs/x-facts.md F16); the method rows
 * are X's labels from its 2025-07 string tables. */
export type SettingsLabel = LabelKeys<
  | 'more'
  | 'settingsAndPrivacy'
  | 'securityAndAccountAccess'
  | 'security'
  | 'twoFactor'
  | 'additionalMethods'
  | 'backupCodes'
  | 'temporaryPassword'
  | 'authApp'
  | 'textMessage'
  | 'securityKey'
>;

/** X's label for an item of its settings path, in a language. */
export function xLabel(item: SettingsLabel, lang: UiLanguage): string {
  return X_LABELS[lang][item];
}
