/**
 * Starts a guide from the popup in an x.com tab: the active tab when it is one,
 * else another x.com tab, else a new one. Tabs are told apart by whether our
 * content script answers, so no "tabs" permission (and no tab URLs) is needed.
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

async function pickXTab(): Promise<number> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id !== undefined && (await hasContentScript(active.id))) return active.id;
  const others = (await browser.tabs.query({})).filter((tab) => tab.id !== undefined && tab.id !== active?.id);
  const answers = await Promise.all(others.map(async (tab) => ((await hasContentScript(tab.id!)) ? tab.id : undefined)));
  const existing = answers.find((id) => id !== undefined);
  if (existing !== undefined) return existing;
  const created = await browser.tabs.create({ url: NEW_TAB_URL });
  if (created.id === undefined) throw new Error('the new tab has no id');
  return created.id;
}

export async function startGuideInTab(guide: GuideId): Promise<number> {
  const tabId = await pickXTab();
  const state: GuideState = { id: guide, status: 'running', skipped: [] };
  await updateTabState(tabId, { guide: state, panelClosed: true });
  await lastGuideItem.write({ tabId, guide: state });
  await browser.tabs.update(tabId, { active: true });
  const changed: ContentMessageOf<'guide:changed'> = { type: 'guide:changed' };
  // For a tab already open. A new tab has no listener yet (nothing to do: its watcher asks for
  // the tab's state when it loads), so a refusal here is expected, not a failure.
  browser.tabs.sendMessage(tabId, changed).catch(() => undefined);
  return tabId;
}
