/**
 * Injects the in-page UI into the frame whose watcher asked for it. No file is web-accessible:
 * a page cannot probe for the extension by loading one of our URLs (see README, "Two scripts").
 */
import { browser } from 'wxt/browser';

/** The UI bundle, as WXT builds entrypoints/rescue-ui.ts. */
const UI_FILE = '/rescue-ui.js';

export async function injectUi(tabId: number, frameId: number): Promise<{ ok: boolean }> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [UI_FILE] });
  return { ok: true };
}
