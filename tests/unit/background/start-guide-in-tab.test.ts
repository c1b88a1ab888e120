import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NEW_TAB_URL, startGuideInTab } from '../../../src/background/start-guide-in-tab';
import { lastGuideItem } from '../../../src/state/last-guide';
import { tabStateItem } from '../../../src/state/tab-state';

/**
 * Browser tabs as the background sees them without the "tabs" permission: ids
 * only. `x` marks tabs whose content script answers our ping (x.com tabs).
 */
function tabs(list: { id: number; active?: boolean; x?: boolean }[]) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (query: { active?: boolean }) =>
    list.filter((tab) => !query.active || tab.active).map(({ id, active }) => ({ id, active: Boolean(active) }))) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: { type: string }) => {
    if (!list.find((tab) => tab.id === tabId)?.x) throw new Error('Could not establish connection. Receiving end does not exist.');
    return message.type === 'rescue:ping' ? { ok: true } : undefined;
  }) as never);
  return vi.spyOn(fakeBrowser.tabs, 'update').mockImplementation((async () => ({})) as never);
}

describe('startGuideInTab', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('uses the active tab when it is an x.com tab', async () => {
    tabs([
      { id: 3, x: true },
      { id: 4, active: true, x: true },
    ]);
    expect(await startGuideInTab('backup-code')).toBe(4);
    expect((await tabStateItem(4).read()).guide).toEqual({ id: 'backup-code', status: 'running', skipped: [] });
    expect((await tabStateItem(3).read()).guide).toBeUndefined();
  });

  it('falls back to another x.com tab, and brings it to the front', async () => {
    const update = tabs([{ id: 3, active: true }, { id: 5 }, { id: 6, x: true }]);
    expect(await startGuideInTab('temporary-password')).toBe(6);
    expect(update).toHaveBeenCalledWith(6, { active: true });
    expect(await lastGuideItem.read()).toEqual({ tabId: 6, guide: { id: 'temporary-password', status: 'running', skipped: [] } });
  });

  it('opens x.com in a new tab when no tab has it', async () => {
    tabs([{ id: 3, active: true }]);
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((async () => ({ id: 9 })) as never);
    expect(await startGuideInTab('two-factor-methods')).toBe(9);
    expect(create).toHaveBeenCalledWith({ url: NEW_TAB_URL });
    expect((await tabStateItem(9).read()).guide?.id).toBe('two-factor-methods');
  });
});
