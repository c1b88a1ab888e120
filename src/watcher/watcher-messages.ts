/**
 * The watcher's few messages. It uses the browsers' own promise-based `runtime` API, not
 * webextension-polyfill (2.8 kB gzip on every x.com page): Chrome MV3 and Firefox both
 * return promises from runtime.sendMessage, and both take `sendResponse` in onMessage.
 * The in-page UI, loaded only where it helps, uses the polyfill like the rest of the code.
 */
import { browser } from 'wxt/browser';
import { reportFailure } from '../diagnostics/report';
import type { ContentMessage } from '../messaging/requests';
import type { ContentTabState } from './tab-state-shape';

/** The tab's state; the safe default (panel shown, no guide) when the background cannot answer. */
export async function askTabState(): Promise<ContentTabState> {
  try {
    const answer = (await browser.runtime.sendMessage({ type: 'tab-state:get' })) as Partial<ContentTabState> | undefined;
    return { panelClosed: answer?.panelClosed === true, ...(answer?.guide ? { guide: answer.guide } : {}) };
  } catch (error) {
    reportFailure('reading the tab state', error);
    return { panelClosed: false };
  }
}

/** Asks the background to inject the in-page UI into this frame; resolves once it has run. */
export async function askForUi(): Promise<boolean> {
  const answer = (await browser.runtime.sendMessage({ type: 'ui:load' })) as { ok?: unknown } | undefined;
  return answer?.ok === true;
}

/** Answers the background's ping (it looks for x.com tabs this way) and passes on guide changes. */
export function listenToBackground(onGuideChanged: () => void): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): false => {
    const type = (message as Partial<ContentMessage> | undefined)?.type;
    if (type === 'rescue:ping') sendResponse({ ok: true });
    if (type === 'guide:changed') onGuideChanged();
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
