/**
 * Named places on X's pages that the guides point at, each a chain of
 * locators tried in order: data-testid, then href, then X's visible label in
 * each language we know. Structure comes first so a guide works in any of X's
 * languages; labels are the last resort when X renames a test id or a path, and
 * only choose among the items of X's own chrome (locate.ts): never a post's words.
 */
import type { SettingsLabel } from './x-labels';

export type Locator =
  | { testId: string }
  | { href: string }
  /** X's label (src/page/x-labels.ts), matched on a pressable element's own text. */
  | { label: SettingsLabel }
  /** The rows of X's unnamed checkboxes on `page` only (never read, only pointed at): the row
   * whose label is one of these X labels, else the first row by position. */
  | { checkboxRow: readonly SettingsLabel[]; page: string };

export const TARGETS = {
  /** Desktop left navigation: opens the menu holding "Settings and privacy". */
  moreMenu: [{ testId: 'AppTabBar_More_Menu' }, { label: 'more' }],
  /** Narrow layout: the profile picture opens a drawer with the same link. */
  profileDrawer: [{ testId: 'DashButton_ProfileIcon_Link' }],
  settingsLink: [{ testId: 'settings' }, { href: '/settings' }, { label: 'settingsAndPrivacy' }],
  accountAccessLink: [{ testId: 'accountAccessLink' }, { href: '/settings/security_and_account_access' }, { label: 'securityAndAccountAccess' }],
  securityLink: [{ href: '/settings/security' }, { label: 'security' }],
  /** By its href: the security page also lists Passkeys above it (docs/x-facts.md F12). */
  twoFactorLink: [{ href: '/settings/account/login_verification' }, { label: 'twoFactor' }],
  backupCodeLink: [{ href: '/settings/account/login_verification/backup_code' }, { label: 'backupCodes' }],
  temporaryPasswordLink: [{ href: '/settings/account/login_verification/temporary_password' }, { label: 'temporaryPassword' }],
  /** The method rows on the two-factor page: a label wrapping a checkbox with no name and no
   * test id (live site, 2026-08; docs/x-facts.md F13). Accounts on the old push method see one
   * "Verify login requests" row instead, which the position fallback finds. Only on the two-factor
   * page: the security page's named `protect_password_reset` checkbox is no method (docs/x-facts.md F12). */
  methodRows: [{ checkboxRow: ['authApp', 'textMessage', 'securityKey'], page: '/settings/account/login_verification' }],
} as const satisfies Record<string, readonly Locator[]>;

export type TargetName = keyof typeof TARGETS;
