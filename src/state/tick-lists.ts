/**
 * Lists of ticks kept in extension storage on this device only (the popup's
 * checklist). Whatever is read back is validated: a
 * corrupted or foreign value gives an empty list (keeping the sound entries).
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { CHECKLIST_IDS } from '../model/ids';

export interface TickState {
  ticks: Record<string, boolean>;
}

const Stored = z.object({ ticks: z.record(z.string(), z.unknown()) });

export function withTick(state: TickState, id: string, ticked: boolean): TickState {
  const ticks = { ...state.ticks };
  if (ticked) ticks[id] = true;
  else delete ticks[id];
  return { ticks };
}

export interface TickList {
  parse(raw: unknown): TickState;
  load(): Promise<TickState>;
  save(state: TickState): Promise<void>;
}

export function defineTickList(key: `local:${string}`, ids: readonly string[]): TickList {
  const item = storage.defineItem<TickState>(key, { fallback: { ticks: {} }, version: 1 });
  /** Keep the sound entries for items that still exist; drop everything else. */
  const parse = (raw: unknown): TickState => {
    const parsed = Stored.safeParse(raw);
    const ticks: Record<string, boolean> = {};
    for (const [id, value] of Object.entries(parsed.success ? parsed.data.ticks : {})) {
      if (ids.includes(id) && value === true) ticks[id] = true;
    }
    return { ticks };
  };
  return {
    parse,
    async load() {
      try {
        return parse(await item.getValue());
      } catch {
        return { ticks: {} };
      }
    },
    save: (state) => item.setValue(parse(state)),
  };
}

/** What to try when locked out. */
export const checklistTicks = defineTickList('local:checklist', CHECKLIST_IDS);
