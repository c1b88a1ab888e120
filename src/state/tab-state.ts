/**
 * Per-tab state, owned by the background (which knows the sender's tab):
 * whether the panel is folded away, and the guide running in that tab.
 * Lives in session storage: gone when the browser closes, removed with the tab.
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

export function updateTabState(tabId: number, patch: Partial<TabState>): Promise<TabState> {
  return tabStateItem(tabId).update((current) => ({ ...current, ...patch }));
}
