/**
 * The content script's side of per-tab state. No zod here (it would weigh on
 * every x.com page); the background validates, this only checks the shape.
 */
import { browser } from 'wxt/browser';

export interface PanelPreference {
  panelClosed: boolean;
}

export async function fetchPanelPreference(): Promise<PanelPreference> {
  try {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'tab-state:get' });
    const closed = (answer as Partial<PanelPreference> | undefined)?.panelClosed;
    return { panelClosed: closed === true };
  } catch {
    return { panelClosed: false }; // background unavailable: show the panel, it is the safe default
  }
}

export function storePanelPreference(panelClosed: boolean): void {
  browser.runtime.sendMessage({ type: 'tab-state:set', patch: { panelClosed } }).catch(() => {
    // Not remembered across reloads this time; the panel itself still works.
  });
}
