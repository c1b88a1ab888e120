/**
 * Per-tab state, owned by the background (which knows the sender's tab):
 * whether the panel is folded away, and the guide running in that tab.
 * Lives in session storage: gone when the browser closes, removed with the tab.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { GuideStateSchema } from './guide-state';

export const TabStateSchema = z.object({
  panelClosed: z.boolean(),
  guide: GuideStateSchema.optional(),
});
export type TabState = z.infer<typeof TabStateSchema>;
export const DEFAULT_TAB_STATE: TabState = { panelClosed: false };

type Area = typeof browser.storage.local;

/** storage.session where the browser has it, else local (cleared as tabs close). */
export function sessionArea(): Area {
  return (browser.storage as { session?: Area }).session ?? browser.storage.local;
}

const keyOf = (tabId: number) => `tab-state:${tabId}`;

/** Keeps each sound field; a corrupted one falls back to its default. */
export function parseTabState(raw: unknown): TabState {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const panelClosed = z.boolean().safeParse(record.panelClosed);
  const guide = GuideStateSchema.safeParse(record.guide);
  return {
    panelClosed: panelClosed.success ? panelClosed.data : DEFAULT_TAB_STATE.panelClosed,
    ...(guide.success ? { guide: guide.data } : {}),
  };
}

export async function readTabState(tabId: number): Promise<TabState> {
  const key = keyOf(tabId);
  const stored = await sessionArea().get(key);
  return parseTabState(stored[key]);
}

export async function updateTabState(tabId: number, patch: Partial<TabState>): Promise<TabState> {
  const next = parseTabState({ ...(await readTabState(tabId)), ...patch });
  await sessionArea().set({ [keyOf(tabId)]: next });
  return next;
}

export async function forgetTab(tabId: number): Promise<void> {
  await sessionArea().remove(keyOf(tabId));
}
