import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NEW_TAB_URL, startGuideInTab } from '../../../src/background/start-guide-in-tab';
import { lastGuideItem } from '../../../src/state/last-guide';
import { tabStateItem } from '../../../src/state/tab-state';
import { openTab, openWindow, useFakeTabs } from '../support/fake-tabs';

/** Tabs answer our ping when they show x.com (our content script runs there only). */
const activated: number[] = [];

const isXTab = async (tabId: number) => new URL((await fakeBrowser.tabs.get(tabId)).url ?? 'about:blank').host === 'x.com';
const windowOf = async (tabId: number) => (await fakeBrowser.tabs.get(tabId)).windowId;
const guideIn = async (tabId: number) => (await tabStateItem(tabId).read()).guide;

describe('startGuideInTab: where the user is (the popup’s window)', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    useFakeTabs();
    activated.length = 0;
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: { type: string }) => {
      if (!(await isXTab(tabId))) throw new Error('Could not establish connection. Receiving end does not exist.');
      return message.type === 'rescue:ping' ? { ok: true } : undefined;
    }) as never);
    fakeBrowser.tabs.onUpdated.addListener((tabId, change) => void ((change as { active?: boolean }).active && activated.push(tabId)));
  });

  it('uses the window’s active tab when it is an x.com tab, and no tab of another window', async () => {
    const other = await openWindow();
    const otherX = await openTab(other, 'https://x.com/home', { active: true });
    const mine = await openWindow();
    const earlier = await openTab(mine, 'https://x.com/explore');
    const active = await openTab(mine, 'https://x.com/home', { active: true });
    expect(await startGuideInTab('backup-code', mine)).toBe(active);
    expect(await guideIn(active)).toEqual({ id: 'backup-code', status: 'running', skipped: [] });
    expect(await guideIn(earlier)).toBeUndefined();
    expect(await guideIn(otherX)).toBeUndefined();
  });

  it('else another x.com tab of that window, made its active tab (never the earlier window’s)', async () => {
    const other = await openWindow();
    const otherX = await openTab(other, 'https://x.com/home', { active: true });
    const mine = await openWindow();
    await openTab(mine, 'https://example.com/', { active: true });
    const mineX = await openTab(mine, 'https://x.com/home');
    expect(await startGuideInTab('temporary-password', mine)).toBe(mineX);
    expect(activated).toEqual([mineX]);
    expect(await lastGuideItem.read()).toEqual({ tabId: mineX, guide: { id: 'temporary-password', status: 'running', skipped: [] } });
    expect(await guideIn(otherX)).toBeUndefined();
  });

  it('else a new x.com tab in that window, though another window has one', async () => {
    const mine = await openWindow();
    await openTab(mine, 'https://example.com/', { active: true });
    const other = await openWindow();
    const otherX = await openTab(other, 'https://x.com/home', { active: true });
    const tabId = await startGuideInTab('two-factor-methods', mine);
    expect(tabId).not.toBe(otherX);
    expect(await windowOf(tabId)).toBe(mine);
    expect((await fakeBrowser.tabs.get(tabId)).url).toBe(NEW_TAB_URL);
    expect((await guideIn(tabId))?.id).toBe('two-factor-methods');
    expect(activated).toEqual([tabId]);
    expect(await guideIn(otherX)).toBeUndefined();
  });

  it('never takes a private window’s tab from a normal window, nor the reverse', async () => {
    const normal = await openWindow();
    const normalX = await openTab(normal, 'https://x.com/home', { active: true });
    const secret = await openWindow({ incognito: true });
    const secretX = await openTab(secret, 'https://x.com/home', { active: true });
    const empty = await openWindow();
    const emptySecret = await openWindow({ incognito: true });

    expect(await startGuideInTab('backup-code', secret)).toBe(secretX);
    expect(await startGuideInTab('backup-code', normal)).toBe(normalX);
    const fromEmpty = await startGuideInTab('backup-code', empty);
    const fromEmptySecret = await startGuideInTab('backup-code', emptySecret);
    expect([await windowOf(fromEmpty), await windowOf(fromEmptySecret)]).toEqual([empty, emptySecret]);
    expect([fromEmpty, fromEmptySecret]).not.toContain(normalX);
    expect([fromEmpty, fromEmptySecret]).not.toContain(secretX);
  });
});
