/**
 * Who sent a message, decided in this one place from what the browser says of the sender, never
 * from the message: our own extension (`id`), and either our popup page (`url`) or a content
 * script in the top frame (`frameId` 0) of a tab (`tab`) showing one of X's hosts (`url`). A web
 * page cannot message the background itself (no `externally_connectable`) nor open our popup page
 * (nothing is web-accessible); another extension's scripts have another id.
 */
import { browser, type Browser } from 'wxt/browser';
import type { RequestSender } from '../messaging/protocol';
import { X_HOST_MATCHES } from '../page/hosts';

/** The popup (toolbar, or opened as a page: Firefox for Android does, and the tests). `windowId`: its
 * tab's window when it is shown in a tab. */
interface PopupCaller {
  kind: 'popup';
  windowId?: number | undefined;
}

/** Our content script in the top frame of an X tab. */
interface XPageCaller {
  kind: 'x-page';
  tabId: number;
}

export type Caller = PopupCaller | XPageCaller;
/** The caller a request of sender kind F comes from. */
export type CallerOf<F extends RequestSender> = Extract<Caller, { kind: F }>;

const POPUP_PAGE = '/popup.html';
/** 'https://x.com/*' → 'x.com' */
const X_HOSTS: readonly string[] = X_HOST_MATCHES.map((match) => new URL(match.replace(/\*$/, '')).host);

const parsed = (url: string | undefined) => {
  try {
    return url === undefined ? undefined : new URL(url);
  } catch {
    return undefined;
  }
};

const isTabId = (id: unknown): id is number => Number.isInteger(id) && (id as number) >= 0;

/** Undefined: not a sender of ours; its messages are refused. */
export function callerOf(sender: Browser.runtime.MessageSender): Caller | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  const url = parsed(sender.url);
  if (!url) return undefined;
  const { tab } = sender;
  // In a tab, only its top frame: a frame inside X's page (an ad, an embed) is not X's page.
  if (tab && (!isTabId(tab.id) || sender.frameId !== 0)) return undefined;
  const popup = parsed(browser.runtime.getURL(POPUP_PAGE));
  if (popup && url.origin === popup.origin && url.pathname === popup.pathname) return { kind: 'popup', windowId: tab?.windowId };
  if (tab && url.protocol === 'https:' && X_HOSTS.includes(url.host)) return { kind: 'x-page', tabId: tab.id! };
  return undefined;
}
