/**
 * The guides, as data. Each step names what to point at (a target from
 * src/page/targets.ts, with an instruction) and when it counts as done (the
 * page reached). One engine (resolve-position.ts) runs every guide: adding a
 * guide is adding an entry here and its texts in the catalogues.
 */
import type { GuideKey } from '../../i18n';
import type { TargetName } from '../../page/targets';
import type { SettingsLabel } from '../../page/x-labels';

import type { GuideId } from '../../model/ids';

/** A fact about the page that shows a step is behind the user. `shown` is read from structure only
 * (test id, href: resolve-position.ts), never from X's label: anyone can post X's words. */
export type Reached = { pathIs: string } | { pathUnder: string } | { shown: TargetName };

interface StepTarget {
  target: TargetName;
  text: GuideKey;
  /** X's name for the target, filled into the text as {label}. */
  label?: SettingsLabel;
}

export interface GuideStep {
  id: string;
  /** Alternatives for X's layouts (wide: More menu; narrow: profile drawer); the first found wins. */
  targets: readonly StepTarget[];
  reached: readonly Reached[];
  /** X offers this item only to some accounts: when `shownInstead` is on the page and the
   * target is not, the page has rendered without it, and the guide offers `instead`. */
  unavailable?: { shownInstead: TargetName; text: GuideKey; instead: GuideId; insteadText: GuideKey };
}

interface GuideFinish {
  /** Pointed at on the last page, when there is something to point at. */
  target?: TargetName;
  text: GuideKey;
  /** X may ask for the password before it shows this page's content. */
  passwordFirst: boolean;
  /** The popup keeps a reminder once this guide's last page has been shown. */
  reminder?: 'turn-method-back-on';
}

export interface Guide {
  id: GuideId;
  title: GuideKey;
  steps: readonly GuideStep[];
  finish: GuideFinish;
}

const TWO_FACTOR_PAGE = '/settings/account/login_verification';

/** From any logged-in page to the two-factor page: shared by every guide. */
const TO_TWO_FACTOR: readonly GuideStep[] = [
  {
    id: 'open-menu',
    targets: [
      { target: 'moreMenu', text: 'guide.open-more', label: 'more' },
      { target: 'profileDrawer', text: 'guide.open-drawer' },
    ],
    reached: [{ shown: 'settingsLink' }, { pathUnder: '/settings' }],
  },
  { id: 'open-settings', targets: [{ target: 'settingsLink', text: 'guide.choose', label: 'settingsAndPrivacy' }], reached: [{ pathUnder: '/settings' }] },
  {
    id: 'account-access',
    targets: [{ target: 'accountAccessLink', text: 'guide.choose', label: 'securityAndAccountAccess' }],
    reached: [{ pathIs: '/settings/security_and_account_access' }, { pathIs: '/settings/security' }, { pathUnder: TWO_FACTOR_PAGE }],
  },
  {
    id: 'security',
    targets: [{ target: 'securityLink', text: 'guide.choose', label: 'security' }],
    reached: [{ pathIs: '/settings/security' }, { pathUnder: TWO_FACTOR_PAGE }],
  },
  { id: 'two-factor', targets: [{ target: 'twoFactorLink', text: 'guide.choose', label: 'twoFactor' }], reached: [{ pathUnder: TWO_FACTOR_PAGE }] },
];

/** A guide that ends on one of the "Additional methods" pages under the two-factor page. */
function additionalMethodGuide(
  id: GuideId,
  page: string,
  target: TargetName,
  label: SettingsLabel,
  done: GuideKey,
  unavailable?: GuideStep['unavailable'],
): Guide {
  const last: GuideStep = { id, targets: [{ target, text: 'guide.choose', label }], reached: [{ pathIs: `${TWO_FACTOR_PAGE}/${page}` }] };
  return {
    id,
    title: `guide.title.${id}`,
    steps: [...TO_TWO_FACTOR, unavailable ? { ...last, unavailable } : last],
    finish: { text: done, passwordFirst: true },
  };
}

export const GUIDES: Readonly<Record<GuideId, Guide>> = {
  'backup-code': additionalMethodGuide('backup-code', 'backup_code', 'backupCodeLink', 'backupCodes', 'guide.done.backup-code'),
  'temporary-password': additionalMethodGuide(
    'temporary-password',
    'temporary_password',
    'temporaryPasswordLink',
    'temporaryPassword',
    'guide.done.temporary-password',
    // X lists "Temporary password" only where it has enabled it for the account (docs/x-facts.md F16).
    { shownInstead: 'backupCodeLink', text: 'guide.temporary-password-missing', instead: 'backup-code', insteadText: 'guide.switch.backup-code' },
  ),
  'two-factor-methods': {
    id: 'two-factor-methods',
    title: 'guide.title.two-factor-methods',
    steps: TO_TWO_FACTOR,
    finish: { target: 'methodRows', text: 'guide.done.two-factor-methods', passwordFirst: true, reminder: 'turn-method-back-on' },
  },
};
