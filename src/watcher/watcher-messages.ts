/**
 * The watcher's few messages. It uses the browsers' own promise-based `runtime` API, not
 * webextension-polyfill (2.8 kB gzip on every x.com page; see wxt.config.ts): Chrome MV3 and
 * Firefox both return promises from runtime.sendMessage, and both take `sendResponse` in
 * onMessage. The in-page UI, loaded only where it helps, uses the polyfill like the rest.
 */
import { browser } from 'wxt/browser';
import { reportFailure } from '../diagnostics/report';
import { requester, type AnyContentMessage, type ContentReply, type ReplyChecks } from '../messaging/protocol';
import { isOk, isTabState } from '../messaging/replies';
import type { TabState } from '../model/tab-state';

const ask = requester((message) => browser.runtime.sendMessage(message), { 'tab-state:get': isTabState, 'ui:load': isOk } satisfies ReplyChecks<'x-page'>);

/** The tab's state; the safe default (panel shown, no guide) when the background cannot answer. */
export async function askTabState(): Promise<TabState> {
  try {
    return (await ask('tab-state:get')) ?? { panelClosed: false };
  } catch (error) {
    reportFailure('reading the tab state', error);
    return { panelClosed: false };
  }
}

/** Asks the background to inject the in-page UI into this frame; resolves once it has run. */
export async function askForUi(): Promise<boolean> {
  return (await ask('ui:load'))?.ok === true;
}

/** Answers the background's ping (it looks for x.com tabs this way) and passes on guide changes. */
export function listenToBackground(onGuideChanged: () => void): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: ContentReply<'rescue:ping'>) => void): false => {
    const type = (message as Partial<AnyContentMessage> | undefined)?.type;
    if (type === 'rescue:ping') sendResponse({ ok: true });
    if (type === 'guide:changed') onGuideChanged();
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
