/**
 * Per-tab UI state (is the panel collapsed in this tab?), owned by the
 * background, which knows the sender's tab. Lives in session storage: gone when
 * the browser closes, removed when the tab closes.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';

export const TabState = z.object({ panelClosed: z.boolean() });
export type TabState = z.infer<typeof TabState>;
export const DEFAULT_TAB_STATE: TabState = { panelClosed: false };

export const TabStateRequest = z.union([
  z.object({ type: z.literal('tab-state:get') }),
  z.object({ type: z.literal('tab-state:set'), patch: TabState.partial() }),
]);
export type TabStateRequest = z.infer<typeof TabStateRequest>;

type Area = typeof browser.storage.local;

/** storage.session where the browser has it, else local (cleared as tabs close). */
function area(): Area {
  return (browser.storage as { session?: Area }).session ?? browser.storage.local;
}

const keyOf = (tabId: number) => `tab-state:${tabId}`;

export function parseTabState(raw: unknown): TabState {
  const parsed = TabState.partial().safeParse(raw);
  return { ...DEFAULT_TAB_STATE, ...(parsed.success ? parsed.data : {}) };
}

export async function readTabState(tabId: number): Promise<TabState> {
  const key = keyOf(tabId);
  const stored = await area().get(key);
  return parseTabState(stored[key]);
}

export async function updateTabState(tabId: number, patch: Partial<TabState>): Promise<TabState> {
  const next = { ...(await readTabState(tabId)), ...patch };
  await area().set({ [keyOf(tabId)]: next });
  return next;
}

export async function forgetTab(tabId: number): Promise<void> {
  await area().remove(keyOf(tabId));
}

/** The background's answer to a content script's request; undefined when not ours. */
export async function answerTabStateRequest(message: unknown, tabId: number | undefined): Promise<TabState | undefined> {
  const request = TabStateRequest.safeParse(message);
  if (!request.success || tabId === undefined) return undefined;
  if (request.data.type === 'tab-state:get') return readTabState(tabId);
  return updateTabState(tabId, request.data.patch);
}
