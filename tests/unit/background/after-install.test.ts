import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterInstalled, WATCHER_FILE } from '../../../src/background/after-install';
import { answerRequest } from '../../../src/background/router';
import { X_HOST_MATCHES } from '../../../src/page/hosts';
import { tabStateItem } from '../../../src/state/tab-state';
import { fromXTab } from '../support/senders';

const running = { id: 'backup-code', status: 'running', skipped: ['open-menu'] } as const;

/** Open tabs as the background sees them: ids, and (for a query by X's hosts) which are on X. */
function openTabs(list: { id: number; x?: boolean }[]) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (query: { url?: string[] }) => {
    if (query.url) expect(query.url).toEqual([...X_HOST_MATCHES]);
    return list.filter((tab) => !query.url || tab.x).map(({ id }) => ({ id }));
  }) as never);
  const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async ({ target }: { target: { tabId: number } }) => {
    if (target.tabId === 13) throw new Error('Frame with ID 0 is showing error page');
    return [];
  });
  const told = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => undefined);
  return { inject, told };
}

describe('after the extension is installed or updated', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('on an update, gives open tabs their state back, puts the watcher into each x.com tab, and tells the tabs whose guide came back', async () => {
    await answerRequest({ type: 'tab-state:set', patch: { guide: running } }, fromXTab(7));
    await answerRequest({ type: 'tab-state:set', patch: { panelClosed: true } }, fromXTab(8));
    await answerRequest({ type: 'tab-state:set', patch: { guide: running } }, fromXTab(99)); // closed meanwhile
    await fakeBrowser.storage.session.clear(); // what the browser does to session storage on an update
    const { inject, told } = openTabs([{ id: 7, x: true }, { id: 8, x: true }, { id: 12 }, { id: 13, x: true }]);

    await afterInstalled('update');
    expect(await tabStateItem(7).read()).toEqual({ panelClosed: false, guide: running });
    expect(await tabStateItem(8).read()).toEqual({ panelClosed: true });
    expect(await tabStateItem(99).read()).toEqual({ panelClosed: false });
    expect(inject.mock.calls.map(([options]) => options)).toEqual([7, 8, 13].map((tabId) => ({ target: { tabId }, files: [WATCHER_FILE] })));
    expect(told.mock.calls).toEqual([[7, { type: 'guide:changed' }]]);
  });

  it('on an install, puts the watcher into the x.com tabs already open', async () => {
    const { inject, told } = openTabs([{ id: 3, x: true }, { id: 4 }]);
    await afterInstalled('install');
    expect(inject.mock.calls.map(([options]) => options.target)).toEqual([{ tabId: 3 }]);
    expect(told).not.toHaveBeenCalled();
  });

  it('does nothing when the browser itself was updated', async () => {
    const { inject } = openTabs([{ id: 3, x: true }]);
    await afterInstalled('browser_update');
    await afterInstalled('chrome_update');
    expect(inject).not.toHaveBeenCalled();
  });
});
