/** Whether the user could get back in after a risky change: shared by the panel and the popup. */
import { READINESS_ITEMS, type ReadinessItem } from './ids';

/** When each item was confirmed (ms since epoch); absent: not confirmed. */
export type Readiness = Partial<Record<ReadinessItem, number>>;

/** All three confirmed: the user can get back in after a password change. */
export function isReady(readiness: Readiness): boolean {
  return READINESS_ITEMS.every((item) => readiness[item] !== undefined);
}
