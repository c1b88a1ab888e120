/**
 * Whether the user could get back in after a password change: three things
 * they confirm, each with the date they confirmed it. Shared by the panel's
 * check before a password change and the popup's check-up. Kept on this device.
 */
import { READINESS_ITEMS, type ReadinessItem } from '../model/ids';
import { isReady, type Readiness } from '../model/readiness';
import { defineStoredItem } from './stored-item';
import { z } from './zod';

export { isReady, READINESS_ITEMS, type Readiness, type ReadinessItem };

/** Keeps each sound date; anything else reads as "not confirmed". */
const Stamp = z.catch(z.optional(z.int().check(z.positive())), undefined);
const ReadinessSchema: z.ZodMiniType<Readiness, unknown> = z.object({
  'backup-saved': Stamp,
  'methods-known': Stamp,
  'contact-checked': Stamp,
} satisfies Record<ReadinessItem, unknown>);

export const readinessItem = defineStoredItem<Readiness>('local:readiness', { schema: ReadinessSchema, fallback: {} });

/** The readiness with one item confirmed today (or no longer confirmed). */
export function withReadiness(readiness: Readiness, item: ReadinessItem, confirmed: boolean, now = Date.now()): Readiness {
  const next = { ...readiness };
  if (confirmed) next[item] = now;
  else delete next[item];
  return next;
}

export function setReadiness(item: ReadinessItem, confirmed: boolean, now = Date.now()): Promise<Readiness> {
  return readinessItem.update((current) => withReadiness(current, item, confirmed, now));
}
