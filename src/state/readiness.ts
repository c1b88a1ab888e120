/**
 * Whether the user could get back in after a password change: three things
 * they confirm, each with the date they confirmed it. Shared by the panel's
 * check before a password change and the popup's check-up, which may both be
 * open: so each item is its own stored key (`local:readiness.<item>`), and a
 * tick in one view never overwrites a tick in the other. Kept on this device.
 */
import { READINESS_ITEMS, type ReadinessItem } from '../model/ids';
import { isReady, type Readiness } from '../model/readiness';
import { defineStoredRecord } from './stored-record';
import { z } from './zod';

export { isReady, READINESS_ITEMS, type Readiness, type ReadinessItem };

/** A confirmation's date (ms since epoch). */
const Stamp = z.int().check(z.positive());

/** Until 2026-12 the three dates were one object under `local:readiness`; each sound date is kept. */
const LegacyReadiness = z.object({
  'backup-saved': z.catch(z.optional(Stamp), undefined),
  'methods-known': z.catch(z.optional(Stamp), undefined),
  'contact-checked': z.catch(z.optional(Stamp), undefined),
} satisfies Record<ReadinessItem, unknown>);

export const readinessItem = defineStoredRecord<ReadinessItem, number>('local:readiness', {
  fields: READINESS_ITEMS,
  field: Stamp,
  legacy: {
    key: 'local:readiness',
    parse: (raw) => {
      const parsed = LegacyReadiness.safeParse(raw);
      return parsed.success ? parsed.data : {};
    },
  },
});

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
