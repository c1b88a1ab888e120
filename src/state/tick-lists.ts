/**
 * Lists of ticks kept in extension storage on this device only (the popup's
 * checklist). Whatever is read back is validated: a corrupted or foreign value
 * gives an empty list, keeping the sound ticks of items that still exist.
 */
import { CHECKLIST_IDS } from '../model/ids';
import { defineStoredItem, type StoredItem } from './stored-item';
import { z } from './zod';

export interface TickState {
  ticks: Record<string, boolean>;
}

export type TickList = StoredItem<TickState>;

export function withTick(state: TickState, id: string, ticked: boolean): TickState {
  const ticks = { ...state.ticks };
  if (ticked) ticks[id] = true;
  else delete ticks[id];
  return { ticks };
}

function defineTickList(key: `local:${string}`, ids: readonly string[]): TickList {
  const schema: z.ZodMiniType<TickState, unknown> = z.object({
    ticks: z.pipe(
      z.record(z.string(), z.unknown()),
      z.transform((ticks: Record<string, unknown>) => {
        const sound: Record<string, boolean> = {};
        for (const [id, value] of Object.entries(ticks)) if (ids.includes(id) && value === true) sound[id] = true;
        return sound;
      }),
    ),
  });
  return defineStoredItem<TickState>(key, { schema, fallback: { ticks: {} } });
}

/** What to try when locked out. */
export const checklistTicks = defineTickList('local:checklist', CHECKLIST_IDS);
