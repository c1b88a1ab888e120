/** The background's answer to each request, from the caller it may come from (senders.test.ts has who may send what). */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerRequest } from '../../../src/background/router';
import { IN_PAGE_CATALOGUES } from '../../../src/i18n/in-page-catalogues';
import { lastGuideItem } from '../../../src/state/last-guide';
import { openTab, openWindow, useFakeTabs } from '../support/fake-tabs';
import { fromPopup, fromXTab } from '../support/senders';

const running = { id: 'backup-code', status: 'running', skipped: [] } as const;

describe('the router, request by request', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('tab-state:get answers the asking tab’s own state, the default for a tab it has not seen', async () => {
    await answerRequest({ type: 'tab-state:set', patch: { panelClosed: true } }, fromXTab(4));
    expect(await answerRequest({ type: 'tab-state:get' }, fromXTab(4))).toEqual({ panelClosed: true });
    expect(await answerRequest({ type: 'tab-state:get' }, fromXTab(5))).toEqual({ panelClosed: false });
  });

  it('tab-state:set keeps what the patch leaves out, and remembers the tab’s guide for the popup’s “resume”', async () => {
    await answerRequest({ type: 'tab-state:set', patch: { guide: running } }, fromXTab(4));
    expect(await answerRequest({ type: 'tab-state:set', patch: { panelClosed: true } }, fromXTab(4))).toEqual({ panelClosed: true, guide: running });
    expect(await lastGuideItem.read()).toEqual({ tabId: 4, guide: running });
  });

  it('ui:load injects the UI bundle into the asking tab’s top frame, nowhere else', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    expect(await answerRequest({ type: 'ui:load' }, fromXTab(9))).toEqual({ ok: true });
    expect(inject).toHaveBeenCalledExactlyOnceWith({ target: { tabId: 9, frameIds: [0] }, files: ['/rescue-ui.js'] });
  });

  it('guide:start-here starts a guide in the asking tab, remembering where to come back to, and only a path on X', async () => {
    await answerRequest({ type: 'guide:start-here', guide: 'backup-code', returnTo: '/settings/password' }, fromXTab(4));
    expect(await answerRequest({ type: 'tab-state:get' }, fromXTab(4))).toEqual({ panelClosed: false, guide: { ...running, returnTo: '/settings/password' } });
    expect(answerRequest({ type: 'guide:start-here', guide: 'backup-code', returnTo: 'https://evil.example/' }, fromXTab(4))).toBeUndefined();
  });

  it('guide:start from the popup runs the guide in the x.com tab of the popup’s window; a popup shown in a tab uses that tab’s window', async () => {
    useFakeTabs();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true }); // every tab's watcher answers
    const first = await openWindow();
    const firstX = await openTab(first, 'https://x.com/home', { active: true });
    const second = await openWindow();
    const secondX = await openTab(second, 'https://x.com/home', { active: true });
    expect(await answerRequest({ type: 'guide:start', guide: 'temporary-password', windowId: second }, fromPopup())).toEqual({ ok: true, tabId: secondX });
    // The request names the second window, but the popup is a page in a tab of the first.
    const asPage = fromPopup({ inTab: { id: 99, windowId: first } });
    expect(await answerRequest({ type: 'guide:start', guide: 'backup-code', windowId: second }, asPage)).toEqual({ ok: true, tabId: firstX });
  });

  it('texts:get answers the in-page catalogue of the language asked for', async () => {
    expect(await answerRequest({ type: 'texts:get', lang: 'ko' }, fromXTab(2))).toBe(IN_PAGE_CATALOGUES.ko);
    expect(answerRequest({ type: 'texts:get', lang: 'it' }, fromXTab(2))).toBeUndefined();
  });

  it('leaves messages that are not ours unanswered, for other listeners', () => {
    expect(answerRequest({ type: 'something-else' }, fromXTab(2))).toBeUndefined();
    expect(answerRequest('tab-state:get', fromXTab(2))).toBeUndefined();
  });
});
