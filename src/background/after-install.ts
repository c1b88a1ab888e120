/**
 * The extension installed, updated or reloaded while X's tabs are open. Chrome puts no watcher into
 * the tabs that were open before (and cuts the old copy off); Firefox injects the manifest's
 * content scripts into open tabs by itself (seen in Firefox ESR 153 on install and reload), so
 * there the background does not, which would only meet the first copy's mark (claimWorld). An
 * update also empties session storage: each open tab's state comes back from its copy
 * (src/state/tab-state.ts), and a tab whose guide came back is told, in case its new watcher
 * asked before the state was there.
 */
import { browser } from 'wxt/browser';
import type { ContentMessageOf } from '../messaging/protocol';
import { X_HOST_MATCHES } from '../page/hosts';
import { restoreTabStates } from '../state/tab-state';

/** The watcher's bundle, as WXT builds entrypoints/watcher.ts (declared in wxt.config.ts). */
export const WATCHER_FILE = '/watcher.js';

export async function afterInstalled(reason: string): Promise<void> {
  if (reason !== 'install' && reason !== 'update') return;
  const openTabs = reason === 'update' ? (await browser.tabs.query({})).flatMap((tab) => tab.id ?? []) : [];
  const restored = await restoreTabStates(openTabs);
  if (!import.meta.env.FIREFOX) {
    // Only the tabs on X's hosts (the host permissions let the browser match them; no URL is read).
    const xTabs = (await browser.tabs.query({ url: [...X_HOST_MATCHES] })).flatMap((tab) => tab.id ?? []);
    // A tab that cannot take it (discarded, an error page) gets its watcher when it loads again.
    await Promise.all(xTabs.map((tabId) => browser.scripting.executeScript({ target: { tabId }, files: [WATCHER_FILE] }).catch(() => undefined)));
  }
  const changed: ContentMessageOf<'guide:changed'> = { type: 'guide:changed' };
  for (const [tabId, state] of restored) if (state.guide) browser.tabs.sendMessage(tabId, changed).catch(() => undefined);
}
