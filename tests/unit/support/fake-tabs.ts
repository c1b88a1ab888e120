/**
 * Windows and tabs on WXT's fake browser (in memory), with what it lacks filled in: an active tab
 * per window (the fake has no way to make a tab active), and private windows' tabs being private.
 * Call `useFakeTabs()` after `fakeBrowser.reset()`.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const activeTabs = new Set<number>();

export function useFakeTabs(): void {
  activeTabs.clear();
  const query = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (info: Parameters<typeof query>[0]) => {
    const tabs = (await query({ ...info, active: undefined })).map((tab) => ({ ...tab, active: activeTabs.has(tab.id!) }));
    return info.active === undefined ? tabs : tabs.filter((tab) => tab.active === info.active);
  });
}

/** A new window; `focused`: the one the user is in (the fake's current window). */
export async function openWindow({ incognito = false, focused = false } = {}): Promise<number> {
  return (await fakeBrowser.windows.create({ incognito, focused })).id!;
}

/** A new tab in that window; `active`: the window's active tab. */
export async function openTab(windowId: number, url: string, { active = false } = {}): Promise<number> {
  const window = await fakeBrowser.windows.get(windowId);
  const { id } = await fakeBrowser.tabs.create({ windowId, url });
  if (window.incognito) await fakeBrowser.tabs.update(id, { incognito: true } as never);
  if (active) activeTabs.add(id!);
  return id!;
}
