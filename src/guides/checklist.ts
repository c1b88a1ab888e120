/** The popup's checklist: what to try, in the order worth trying it. */
import type { PopupKey } from '../i18n';
import type { ChecklistId, GuideId, ReadinessItem } from '../model/ids';

export interface ChecklistItem {
  id: string;
  title: PopupKey;
  body: PopupKey;
  /** Shows the account-access form link beside the item. */
  supportLink?: boolean;
  /** Guides that show the way on x.com, offered beside the item they serve. */
  guides?: readonly GuideId[];
}

export const CHECKLIST: readonly (ChecklistItem & { id: ChecklistId })[] = [
  { id: 'authenticator-app', title: 'check.app.title', body: 'check.app.body' },
  { id: 'backup-codes', title: 'check.backup.title', body: 'check.backup.body' },
  { id: 'security-key', title: 'check.key.title', body: 'check.key.body' },
  { id: 'text-message', title: 'check.sms.title', body: 'check.sms.body' },
  { id: 'logged-in-device', title: 'check.device.title', body: 'check.device.body' },
  { id: 'code-from-device', title: 'check.code.title', body: 'check.code.body', guides: ['backup-code', 'temporary-password'] },
  { id: 'switch-method', title: 'check.switch.title', body: 'check.switch.body', guides: ['two-factor-methods'] },
  { id: 'contact-support', title: 'check.support.title', body: 'check.support.body', supportLink: true },
  { id: 'save-new-codes', title: 'check.save.title', body: 'check.save.body' },
];

/**
 * The prevention check-up, once the user is back in. Its ticks are the
 * readiness items (src/state/readiness.ts) that the check before a password
 * change asks about, so a tick in one shows in the other, with its date.
 */
export const CHECKUP: readonly (ChecklistItem & { id: ReadinessItem })[] = [
  { id: 'backup-saved', title: 'checkup.backup.title', body: 'checkup.backup.body', guides: ['backup-code'] },
  { id: 'methods-known', title: 'checkup.app.title', body: 'checkup.app.body' },
  { id: 'contact-checked', title: 'checkup.contact.title', body: 'checkup.contact.body' },
];
