import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerRequest } from '../../../src/background/router';
import { callerOf } from '../../../src/background/senders';
import { tabStateItem } from '../../../src/state/tab-state';
import { fromPopup, fromXTab } from '../support/senders';

type Sender = Browser.runtime.MessageSender;

/** One valid message per request, with who may send it (the rules, stated here on their own). */
const REQUESTS: [type: string, message: object, from: 'popup' | 'x-page'][] = [
  ['tab-state:get', { type: 'tab-state:get' }, 'x-page'],
  ['tab-state:set', { type: 'tab-state:set', patch: { panelClosed: true } }, 'x-page'],
  ['ui:load', { type: 'ui:load' }, 'x-page'],
  ['guide:start', { type: 'guide:start', guide: 'backup-code', windowId: 1 }, 'popup'],
  ['guide:start-here', { type: 'guide:start-here', guide: 'backup-code', returnTo: '/settings/password' }, 'x-page'],
  ['texts:get', { type: 'texts:get', lang: 'ja' }, 'x-page'],
];

const ourPopupUrl = () => fakeBrowser.runtime.getURL('/popup.html');
const otherExtension = (sender: Sender): Sender => ({ ...sender, id: 'another-extension-id' });

/** Senders the background must take for what they are. */
const ACCEPTED: Record<'popup' | 'x-page', [string, () => Sender][]> = {
  popup: [
    ['the toolbar popup', () => fromPopup()],
    ['the popup opened as a page in a tab', () => fromPopup({ inTab: { id: 5, windowId: 1 } })],
  ],
  'x-page': [
    ['x.com’s top frame', () => fromXTab(7)],
    ['mobile.x.com’s top frame', () => fromXTab(7, { url: 'https://mobile.x.com/i/flow/login' })],
    ['twitter.com’s top frame', () => fromXTab(7, { url: 'https://twitter.com/settings/security' })],
    ['mobile.twitter.com’s top frame', () => fromXTab(7, { url: 'https://mobile.twitter.com/home' })],
    // X's page still, not our popup: a path proves nothing, the origin does.
    ['an x.com page at our popup’s path', () => fromXTab(7, { url: 'https://x.com/popup.html' })],
  ],
};

/** Senders that are neither: refused for every request. */
const NEITHER: [string, () => Sender][] = [
  ['a frame inside an x.com page', () => fromXTab(7, { frameId: 3 })],
  ['a page on another host', () => fromXTab(7, { url: 'https://example.com/' })],
  ['a host that only starts like X’s', () => fromXTab(7, { url: 'https://x.com.example.net/home' })],
  ['x.com over plain http', () => fromXTab(7, { url: 'http://x.com/home' })],
  ['another extension’s script on x.com', () => otherExtension(fromXTab(7))],
  ['another extension’s popup', () => otherExtension(fromPopup())],
  ['x.com in a tab without an id', () => ({ ...fromXTab(7), tab: { ...fromXTab(7).tab!, id: undefined } })],
  ['x.com in no tab', () => ({ ...fromXTab(7), tab: undefined })],
  ['another page of ours', () => ({ ...fromPopup(), url: fakeBrowser.runtime.getURL('/options.html') })],
  ['our popup page in a frame', () => ({ ...fromPopup({ inTab: { id: 5, windowId: 1 } }), frameId: 2 })],
  ['a sender with no address', () => ({ ...fromXTab(7), url: undefined })],
  ['a sender with no id', () => ({ ...fromPopup(), id: undefined })],
];

describe('callerOf: who sent a message', () => {
  beforeEach(() => fakeBrowser.reset());

  it('names the popup, with its tab’s window when it is shown in a tab', () => {
    expect(callerOf(fromPopup())).toEqual({ kind: 'popup', windowId: undefined });
    expect(callerOf(fromPopup({ inTab: { id: 5, windowId: 9 } }))).toEqual({ kind: 'popup', windowId: 9 });
    expect(callerOf({ ...fromPopup(), url: `${ourPopupUrl()}#resume` })).toEqual({ kind: 'popup', windowId: undefined });
  });

  it('names an X tab’s top frame by its tab', () => {
    expect(callerOf(fromXTab(7))).toEqual({ kind: 'x-page', tabId: 7 });
  });

  it.each(NEITHER)('refuses %s', (_, sender) => {
    expect(callerOf(sender())).toBeUndefined();
  });
});

describe('answerRequest: each request from its own sender only', () => {
  let inject: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    fakeBrowser.reset();
    inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    // No content script answers: guide:start opens a new tab in the popup's window.
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
  });

  for (const [type, message, from] of REQUESTS) {
    const other = from === 'popup' ? 'x-page' : 'popup';
    it.each(ACCEPTED[from])(`${type}: answers %s`, async (_, sender) => {
      if (type === 'guide:start') await fakeBrowser.windows.create({});
      const answer = answerRequest(message, sender());
      expect(answer).toBeInstanceOf(Promise);
      expect(await answer).toBeDefined();
    });

    it.each([...ACCEPTED[other], ...NEITHER])(`${type}: refuses %s, and changes nothing`, async (_, sender) => {
      expect(answerRequest(message, sender())).toBeUndefined();
      expect(await fakeBrowser.storage.session.get(null)).toEqual({});
      expect(inject).not.toHaveBeenCalled();
    });
  }

  it('ui:load injects into the sender’s tab, top frame', async () => {
    await answerRequest({ type: 'ui:load' }, fromXTab(7));
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/rescue-ui.js'] });
  });

  it('tab requests act on the sender’s tab', async () => {
    await answerRequest({ type: 'tab-state:set', patch: { panelClosed: true } }, fromXTab(7));
    expect(await tabStateItem(7).read()).toEqual({ panelClosed: true });
    expect(await tabStateItem(8).read()).toEqual({ panelClosed: false });
  });

  it('guide:start from the popup shown in a tab runs in that tab’s window, whatever the request says', async () => {
    const shown = (await fakeBrowser.windows.create({})).id!;
    const named = (await fakeBrowser.windows.create({})).id!;
    const reply = (await answerRequest({ type: 'guide:start', guide: 'backup-code', windowId: named }, fromPopup({ inTab: { id: 5, windowId: shown } }))) as {
      tabId: number;
    };
    expect((await fakeBrowser.tabs.get(reply.tabId)).windowId).toBe(shown);
  });
});
