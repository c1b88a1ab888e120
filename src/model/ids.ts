/**
 * The ids every part of the extension shares: a leaf module (it imports nothing), so that
 * guides, state, messaging and UI can all name the same things without importing each other.
 */

export const GUIDE_IDS = ['backup-code', 'temporary-password', 'two-factor-methods'] as const;
export type GuideId = (typeof GUIDE_IDS)[number];

/** What the recovery assistant asks the user still has. */
export const HAVES = ['email', 'phone', 'device', 'backup', 'app', 'key'] as const;
export type Have = (typeof HAVES)[number];

/** The popup's checklist of what to try, in the order worth trying it (src/guides/checklist.ts). */
export const CHECKLIST_IDS = [
  'authenticator-app',
  'backup-codes',
  'security-key',
  'text-message',
  'logged-in-device',
  'code-from-device',
  'switch-method',
  'contact-support',
  'save-new-codes',
] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];

/** What the check before a risky change asks; the popup's check-up ticks the same. */
export const READINESS_ITEMS = ['backup-saved', 'methods-known', 'contact-checked'] as const;
export type ReadinessItem = (typeof READINESS_ITEMS)[number];
