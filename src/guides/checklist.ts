/** The popup's checklist: what to try, in the order worth trying it. */
import type { PopupKey } from '../i18n';

export interface ChecklistItem {
  id: string;
  title: PopupKey;
  body: PopupKey;
  /** Shows the account-access form link beside the item. */
  supportLink?: boolean;
}

export const CHECKLIST: readonly ChecklistItem[] = [
  { id: 'authenticator-app', title: 'check.app.title', body: 'check.app.body' },
  { id: 'backup-codes', title: 'check.backup.title', body: 'check.backup.body' },
  { id: 'text-message', title: 'check.sms.title', body: 'check.sms.body' },
  { id: 'logged-in-device', title: 'check.device.title', body: 'check.device.body' },
  { id: 'code-from-device', title: 'check.code.title', body: 'check.code.body' },
  { id: 'switch-method', title: 'check.switch.title', body: 'check.switch.body' },
  { id: 'contact-support', title: 'check.support.title', body: 'check.support.body', supportLink: true },
  { id: 'save-new-codes', title: 'check.save.title', body: 'check.save.body' },
];

export const CHECKLIST_IDS = CHECKLIST.map((item) => item.id);
