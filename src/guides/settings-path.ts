/**
 * The path through X's settings to the backup code and temporary password,
 * on the web and in X's app. Labels are X's own (src/page/x-strings.ts).
 */
import type { SettingsStep } from '../page/routes';
import type { SettingsLabel } from '../page/x-strings';

export interface PathStep {
  /** Where on the settings path this step's page is; undefined for menus. */
  step?: SettingsStep;
  /** One label, or alternatives shown as "A or B". */
  labels: readonly SettingsLabel[];
  /** The heading X lists them under on that page, when it helps to find them. */
  section?: SettingsLabel;
}

export const WEB_PATH: readonly PathStep[] = [
  { labels: ['more'] },
  { step: 'settings', labels: ['settings'] },
  { step: 'account-access', labels: ['accountAccess'] },
  { step: 'security', labels: ['security'] },
  { step: 'two-factor', labels: ['twoFactor'] },
  // "Temporary password" is there only where X has enabled it for the account.
  { step: 'additional-method', labels: ['backupCode', 'temporaryPassword'], section: 'additionalMethods' },
];

export const APP_PATH: readonly PathStep[] = [
  { labels: ['profileMenu'] },
  { labels: ['settings'] },
  { labels: ['accountAccess'] },
  { labels: ['security'] },
  { labels: ['twoFactor'] },
  { labels: ['loginCode'] },
];
