/**
 * Per-tab state, owned by the background (which knows the sender's tab):
 * whether the panel is folded away, and the guide running in that tab.
 * Lives in session storage: gone when the browser closes, removed with the tab.
 */
import { GuideStateSchema } from './guide-state';
import { defineStoredItem, type StoredItem } from './stored-item';
import { z } from './zod';

export const TabStateSchema = z.object({
  panelClosed: z.boolean(),
  guide: GuideStateSchema.optional(),
});
export type TabState = z.infer<typeof TabStateSchema>;
export const DEFAULT_TAB_STATE: TabState = { panelClosed: false };

/** Keeps each sound field; a corrupted one falls back to its default. */
const StoredTabState: z.ZodType<TabState, unknown> = z.object({
  panelClosed: TabStateSchema.shape.panelClosed.catch(DEFAULT_TAB_STATE.panelClosed),
  guide: TabStateSchema.shape.guide.catch(undefined),
});

/** The state of one tab, under `session:tab-state:<tab id>`. */
export function tabStateItem(tabId: number): StoredItem<TabState> {
  return defineStoredItem<TabState>(`session:tab-state:${tabId}`, { schema: StoredTabState, fallback: DEFAULT_TAB_STATE });
}

export function updateTabState(tabId: number, patch: Partial<TabState>): Promise<TabState> {
  return tabStateItem(tabId).update((current) => ({ ...current, ...patch }));
}
