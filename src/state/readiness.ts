/**
 * Whether the user could get back in after a password change: three things
 * they confirm, each with the date they confirmed it. Shared by the panel's
 * check before a password change and the popup's check-up. Kept on this device.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

import { READINESS_ITEMS, type ReadinessItem } from '../model/ids';
import { isReady, type Readiness } from '../model/readiness';

export { isReady, READINESS_ITEMS, type Readiness, type ReadinessItem };

const Stamp = z.number().int().positive();

export const readinessItem = storage.defineItem<Readiness>('local:readiness', { fallback: {}, version: 1 });

/** Keeps each sound date; anything else reads as "not confirmed". */
export function parseReadiness(raw: unknown): Readiness {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const readiness: Readiness = {};
  for (const item of READINESS_ITEMS) {
    const stamp = Stamp.safeParse(record[item]);
    if (stamp.success) readiness[item] = stamp.data;
  }
  return readiness;
}

export async function loadReadiness(): Promise<Readiness> {
  try {
    return parseReadiness(await readinessItem.getValue());
  } catch {
    return {};
  }
}

export async function setReadiness(item: ReadinessItem, confirmed: boolean, now = Date.now()): Promise<Readiness> {
  const next = { ...(await loadReadiness()) };
  if (confirmed) next[item] = now;
  else delete next[item];
  await readinessItem.setValue(next);
  return next;
}
