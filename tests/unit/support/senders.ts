/**
 * Message senders as the browser describes them to the background (runtime.onMessage), with the
 * fields src/background/senders.ts reads, filled the way Chrome fills them (seen in Chromium 156, 2026-12).
 */
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Sender = Browser.runtime.MessageSender;

const tab = (id: number, windowId: number, url?: string) =>
  ({ id, windowId, index: 0, active: true, incognito: false, ...(url ? { url } : {}) }) as Browser.tabs.Tab;

/** Our content script in a frame of an X tab: the top frame of https://x.com/home unless told. */
export function fromXTab(
  tabId: number,
  { url = 'https://x.com/home', frameId = 0, windowId = 1 }: { url?: string; frameId?: number; windowId?: number } = {},
): Sender {
  return { id: fakeBrowser.runtime.id, url, origin: new URL(url).origin, frameId, tab: tab(tabId, windowId, url) };
}

/** Our popup: from the toolbar (no tab), or opened as a page in a tab of `inTab.windowId`. */
export function fromPopup({ inTab }: { inTab?: { id: number; windowId: number } } = {}): Sender {
  const url = fakeBrowser.runtime.getURL('/popup.html');
  return { id: fakeBrowser.runtime.id, url, origin: new URL(url).origin, ...(inTab ? { frameId: 0, tab: tab(inTab.id, inTab.windowId, url) } : {}) };
}
