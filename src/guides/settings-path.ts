/**
 * The path through X's settings to the backup code and temporary password,
 * on the web and in X's app. Labels are X's own (src/page/x-labels.ts); the two steps X has no
 * label for here (the app's profile menu, its login code) are described in our words.
 */
import type { PageKey } from '../i18n/en';
import type { SettingsStep } from '../page/routes';
import type { TargetName } from '../page/targets';
import type { SettingsLabel } from '../page/x-labels';

export interface PathStep {
  /** Where on the settings path this step's page is; undefined for menus. */
  step?: SettingsStep;
  /** One of X's labels, or alternatives shown as "A or B"; empty where `described` stands instead. */
  labels: readonly SettingsLabel[];
  /** Our own words for a step X's labels do not name. */
  described?: Extract<PageKey, `path.item.${string}`>;
  /** The heading X lists them under on that page, when it helps to find them. */
  section?: SettingsLabel;
}

export const WEB_PATH: readonly PathStep[] = [
  { labels: ['more'] },
  { step: 'settings', labels: ['settingsAndPrivacy'] },
  { step: 'account-access', labels: ['securityAndAccountAccess'] },
  { step: 'security', labels: ['security'] },
  { step: 'two-factor', labels: ['twoFactor'] },
  // "Temporary password" is there only where X has enabled it for the account.
  { step: 'additional-method', labels: ['backupCodes', 'temporaryPassword'], section: 'additionalMethods' },
];

export const APP_PATH: readonly PathStep[] = [
  { labels: [], described: 'path.item.profile-menu' },
  { labels: ['settingsAndPrivacy'] },
  { labels: ['securityAndAccountAccess'] },
  { labels: ['security'] },
  { labels: ['twoFactor'] },
  { labels: [], described: 'path.item.login-code' },
];

/** On each page of the path, the item of X's to choose next (what the path names next). */
export const NEXT_ON_PATH: Readonly<Record<SettingsStep, readonly TargetName[]>> = {
  settings: ['accountAccessLink'],
  'account-access': ['securityLink'],
  security: ['twoFactorLink'],
  'two-factor': ['backupCodeLink', 'temporaryPasswordLink'],
  'additional-method': [],
};
