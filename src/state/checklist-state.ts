/**
 * Checklist ticks, kept in extension storage on this device only.
 * Whatever is read back is validated: a corrupted or foreign value gives the
 * empty checklist (or keeps the entries that are still sound), never an error.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { CHECKLIST_IDS } from '../guides/checklist';

export interface ChecklistState {
  ticks: Record<string, boolean>;
}

export const EMPTY_CHECKLIST: ChecklistState = { ticks: {} };

const TickEntries = z.record(z.string(), z.unknown());
const Stored = z.object({ ticks: TickEntries });

/** Keep the sound entries for items that still exist; drop everything else. */
export function parseChecklist(raw: unknown): ChecklistState {
  const parsed = Stored.safeParse(raw);
  if (!parsed.success) return { ticks: {} };
  const ticks: Record<string, boolean> = {};
  for (const [id, value] of Object.entries(parsed.data.ticks)) {
    if (CHECKLIST_IDS.includes(id) && value === true) ticks[id] = true;
  }
  return { ticks };
}

export const checklistItem = storage.defineItem<ChecklistState>('local:checklist', {
  fallback: EMPTY_CHECKLIST,
  version: 1,
});

export async function loadChecklist(): Promise<ChecklistState> {
  try {
    return parseChecklist(await checklistItem.getValue());
  } catch {
    return { ticks: {} };
  }
}

export async function saveChecklist(state: ChecklistState): Promise<void> {
  await checklistItem.setValue(parseChecklist(state));
}

export function withTick(state: ChecklistState, id: string, ticked: boolean): ChecklistState {
  const ticks = { ...state.ticks };
  if (ticked) ticks[id] = true;
  else delete ticks[id];
  return { ticks };
}
