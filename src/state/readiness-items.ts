/** The readiness items and their shape, free of storage code (the content script uses these). */
export const READINESS_ITEMS = ['backup-saved', 'methods-known', 'contact-checked'] as const;
export type ReadinessItem = (typeof READINESS_ITEMS)[number];
/** When each item was confirmed (ms since epoch); absent: not confirmed. */
export type Readiness = Partial<Record<ReadinessItem, number>>;

/** All three confirmed: the user can get back in after a password change. */
export function isReady(readiness: Readiness): boolean {
  return READINESS_ITEMS.every((item) => readiness[item] !== undefined);
}
