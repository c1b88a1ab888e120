/**
 * Per-tab state, owned by the background (which knows the sender's tab):
 * whether the panel is folded away, and the guide running in that tab.
 * Lives in session storage: gone when the browser closes, removed with the tab;
 * a copy in local storage carries it over an update of the extension (below).
 */
import type { TabState } from '../model/tab-state';
import { GuideStateSchema } from './guide-state';
import { defineStoredItem, type StoredItem } from './stored-item';
import { z } from './zod';

export const TabStateSchema = z.object({
  panelClosed: z.boolean(),
  guide: z.optional(GuideStateSchema),
}) satisfies z.ZodMiniType<TabState>;
export type { TabState };
const DEFAULT_TAB_STATE: TabState = { panelClosed: false };

/** Keeps each sound field; a corrupted one falls back to its default. */
const StoredTabState: z.ZodMiniType<TabState, unknown> = z.object({
  panelClosed: z.catch(TabStateSchema.shape.panelClosed, DEFAULT_TAB_STATE.panelClosed),
  guide: z.catch(TabStateSchema.shape.guide, undefined),
});

/** The state of one tab, under `session:tab-state:<tab id>`. */
export function tabStateItem(tabId: number): StoredItem<TabState> {
  return defineStoredItem<TabState>(`session:tab-state:${tabId}`, { schema: StoredTabState, fallback: DEFAULT_TAB_STATE });
}

/**
 * A copy of every tab's state. The browser empties session storage when it updates (or reloads) the
 * extension; the copy brings each open tab's state back then, a running guide with it
 * (src/background/after-install.ts). Removed with its tab, and wholly when the browser starts, so
 * it never outlives the browser session its tab ids belong to.
 */
const keptTabStates = defineStoredItem<Record<string, TabState>>('local:tab-states-kept', {
  schema: z.record(z.string(), z.catch(StoredTabState, DEFAULT_TAB_STATE)),
  fallback: {},
});

export async function updateTabState(tabId: number, patch: Partial<TabState>): Promise<TabState> {
  const state = await tabStateItem(tabId).update((current) => ({ ...current, ...patch }));
  await keptTabStates.update((kept) => ({ ...kept, [tabId]: state }));
  return state;
}

/** The tab closed: its state goes, and its copy. */
export async function forgetTabState(tabId: number): Promise<void> {
  await tabStateItem(tabId).remove();
  if (String(tabId) in (await keptTabStates.read())) await keptTabStates.update(({ [tabId]: _closed, ...others }) => others);
}

/** The browser starts: no tab of the last session is open any more. */
export function forgetKeptTabStates(): Promise<void> {
  return keptTabStates.remove();
}

/**
 * After an update: the tabs still open get their state back from its copy; the copies of the
 * others go. Resolves to the tabs that came back, with their states.
 */
export async function restoreTabStates(openTabIds: readonly number[]): Promise<[number, TabState][]> {
  const kept = await keptTabStates.read();
  const restored = openTabIds.flatMap((tabId): [number, TabState][] => {
    const state = kept[tabId];
    return state ? [[tabId, state]] : [];
  });
  await Promise.all(restored.map(([tabId, state]) => tabStateItem(tabId).write(state)));
  await keptTabStates.write(Object.fromEntries(restored));
  return restored;
}
