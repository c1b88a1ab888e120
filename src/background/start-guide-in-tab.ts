/**
 * Starts a guide from the popup where the user is: in the popup's window, its active tab when it
 * is an x.com tab, else another x.com tab of that window, else a new one there. Never a tab of
 * another window: the user would see nothing happen, and in Chrome's "spanning" incognito mode (one
 * background for both) another window may be private when this one is not, or the reverse; a
 * window's tabs are all private or none. Tabs are told apart by whether our content script
 * answers, so no "tabs" permission (and no tab URLs) is needed.
 */
import { browser } from 'wxt/browser';
import type { ContentMessageOf, ContentReply } from '../messaging/protocol';
import type { GuideState } from '../model/guide-state';
import { lastGuideItem } from '../state/last-guide';
import { updateTabState } from '../state/tab-state';
import type { GuideId } from '../model/ids';

const PING_TIMEOUT_MS = 700;
export const NEW_TAB_URL = 'https://x.com/home';

async function hasContentScript(tabId: number): Promise<boolean> {
  const ping: ContentMessageOf<'rescue:ping'> = { type: 'rescue:ping' };
  const answer = browser.tabs.sendMessage(tabId, ping).then(
    (reply: ContentReply<'rescue:ping'> | undefined) => reply?.ok === true,
    () => false,
  );
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), PING_TIMEOUT_MS));
  return Promise.race([answer, timeout]);
}

async function pickXTab(windowId: number): Promise<number> {
  // The window's own tabs only; the active one first, the others in the window's order.
  const tabs = (await browser.tabs.query({ windowId })).filter((tab) => tab.windowId === windowId && tab.id !== undefined);
  const inOrder = [...tabs.filter((tab) => tab.active), ...tabs.filter((tab) => !tab.active)];
  const answers = await Promise.all(inOrder.map((tab) => hasContentScript(tab.id!)));
  const existing = inOrder.find((_, index) => answers[index]);
  if (existing) return existing.id!;
  const created = await browser.tabs.create({ windowId, url: NEW_TAB_URL });
  if (created.id === undefined) throw new Error('the new tab has no id');
  return created.id;
}

export async function startGuideInTab(guide: GuideId, windowId: number): Promise<number> {
  const tabId = await pickXTab(windowId);
  const state: GuideState = { id: guide, status: 'running', skipped: [] };
  await updateTabState(tabId, { guide: state, panelClosed: true });
  await lastGuideItem.write({ tabId, guide: state });
  // In the user's own window, so making it the active tab brings it to the front.
  await browser.tabs.update(tabId, { active: true });
  const changed: ContentMessageOf<'guide:changed'> = { type: 'guide:changed' };
  // For a tab already open. A new tab has no listener yet (nothing to do: its watcher asks for
  // the tab's state when it loads), so a refusal here is expected, not a failure.
  browser.tabs.sendMessage(tabId, changed).catch(() => undefined);
  return tabId;
}
