import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerRequest } from '../../../src/background/router';
import { resetReports } from '../../../src/diagnostics/report';
import { enGuide } from '../../../src/i18n/en';
import { IN_PAGE_CATALOGUES } from '../../../src/i18n/in-page-catalogues';
import { fetchTexts, startGuideHere } from '../../../src/messaging/content-client';
import { startGuide } from '../../../src/messaging/popup-client';
import { isTabState } from '../../../src/messaging/replies';
import { UI_LANGUAGES } from '../../../src/page/page-language';
import { TabStateSchema } from '../../../src/state/tab-state';
import { askForUi, askTabState } from '../../../src/watcher/watcher-messages';
import { openTab, openWindow, useFakeTabs } from '../support/fake-tabs';
import { fromPopup, fromXTab } from '../support/senders';

/** What webextension-polyfill sends back when a handler throws; a sender without the polyfill gets it as a reply. */
const POLYFILL_ERROR = { __mozWebExtensionPolyfillReject__: true, message: 'boom' };
const guide = { id: 'backup-code', status: 'running', skipped: ['open-menu'] };

/** The background answers every message with `reply`. */
const backgroundReplies = (reply: unknown) => fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(reply));

describe('isTabState: the watcher’s check of a tab state’s type', () => {
  it.each([
    ['an open panel', { panelClosed: false }],
    ['a guide', { panelClosed: true, guide }],
    ['a guide going back somewhere', { panelClosed: true, guide: { ...guide, returnTo: '/settings/password' } }],
    ['every guide and status', { panelClosed: false, guide: { id: 'two-factor-methods', status: 'done', skipped: [] } }],
  ])('takes %s, as the background’s schema does', (_, value) => {
    expect(TabStateSchema.safeParse(value).success).toBe(true);
    expect(isTabState(value)).toBe(true);
  });

  it.each([
    ['the polyfill’s error', POLYFILL_ERROR],
    ['nothing', null],
    ['a string', 'panelClosed'],
    ['no flag', { guide }],
    ['a wrong flag', { panelClosed: 'no' }],
    ['a null guide', { panelClosed: false, guide: null }],
    ['an unknown guide', { panelClosed: false, guide: { ...guide, id: 'delete-account' } }],
    ['an unknown status', { panelClosed: false, guide: { ...guide, status: 'flying' } }],
    ['skipped, not a list', { panelClosed: false, guide: { ...guide, skipped: 'open-menu' } }],
    ['skipped, not names', { panelClosed: false, guide: { ...guide, skipped: [3] } }],
    ['a way back that is no string', { panelClosed: false, guide: { ...guide, returnTo: { href: '/' } } }],
  ])('refuses %s, as the background’s schema does', (_, value) => {
    expect(TabStateSchema.safeParse(value).success).toBe(false);
    expect(isTabState(value)).toBe(false);
  });
});

describe('replies checked where they are received', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetReports();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('the watcher: a reply that is no tab state reads as the safe default, reported once', async () => {
    backgroundReplies(POLYFILL_ERROR);
    expect(await askTabState()).toEqual({ panelClosed: false });
    expect(await askTabState()).toEqual({ panelClosed: false });
    expect(console.warn).toHaveBeenCalledTimes(1);
    expect(vi.mocked(console.warn).mock.calls[0]![0]).toMatch(/reading the tab state failed .*unexpected reply to tab-state:get/);
  });

  it('the watcher: a sound tab state comes through as it is', async () => {
    backgroundReplies({ panelClosed: true, guide });
    expect(await askTabState()).toEqual({ panelClosed: true, guide });
  });

  it('the watcher: the UI counts as loaded only on a sound answer', async () => {
    backgroundReplies({ ok: 'yes' });
    await expect(askForUi()).rejects.toThrow(/unexpected reply to ui:load/);
  });

  it.each(UI_LANGUAGES)('the UI: %s’s texts, as the background sends them, pass the check', async (lang) => {
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => answerRequest(message, fromXTab(4)));
    expect(await fetchTexts(lang)).toEqual(IN_PAGE_CATALOGUES[lang]);
  });

  it('the UI: texts come only complete, else English stays', async () => {
    backgroundReplies(IN_PAGE_CATALOGUES.ja);
    expect(await fetchTexts('ja')).toEqual(IN_PAGE_CATALOGUES.ja);
    fakeBrowser.runtime.onMessage.removeAllListeners();
    const { ['guide.choose']: _left, ...lacking } = IN_PAGE_CATALOGUES.ja.guide;
    expect(Object.keys(lacking).length).toBe(Object.keys(enGuide).length - 1);
    backgroundReplies({ ...IN_PAGE_CATALOGUES.ja, guide: lacking });
    expect(await fetchTexts('ja')).toBeUndefined();
    fakeBrowser.runtime.onMessage.removeAllListeners();
    backgroundReplies(POLYFILL_ERROR);
    expect(await fetchTexts('ja')).toBeUndefined();
  });

  it('the popup: a guide started only on a sound answer', async () => {
    useFakeTabs();
    await openTab(await openWindow({ focused: true }), 'https://x.com/home', { active: true });
    backgroundReplies({ ok: true, tabId: 7 });
    expect(await startGuide('backup-code')).toBe(true);
    fakeBrowser.runtime.onMessage.removeAllListeners();
    backgroundReplies({ ok: true, tabId: 'seven' });
    expect(await startGuide('backup-code')).toBe(false);
  });
});

describe('the clients through the background, each as its sender', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
  });

  it('the popup starts a guide in its own window', async () => {
    useFakeTabs();
    const other = await openWindow();
    await openTab(other, 'https://example.com/', { active: true });
    const mine = await openWindow({ focused: true });
    await openTab(mine, 'https://example.com/', { active: true });
    await openWindow();
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => answerRequest(message, fromPopup()));
    expect(await startGuide('backup-code')).toBe(true);
    const started = await fakeBrowser.tabs.query({ url: 'https://x.com/home' });
    expect(started.map((tab) => tab.windowId)).toEqual([mine]);
  });

  it('the panel starts a guide in its own tab', async () => {
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => answerRequest(message, fromXTab(4)));
    expect(await startGuideHere('backup-code', '/settings/password')).toBe(true);
    expect(await askTabState()).toEqual({ panelClosed: false, guide: { id: 'backup-code', status: 'running', skipped: [], returnTo: '/settings/password' } });
  });
});
