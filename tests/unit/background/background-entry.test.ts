/** The background's wiring (entrypoints/background.ts), run as the browser runs it: its listeners, fired by the browser's events. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { tabStateItem } from '../../../src/state/tab-state';
import { fromPopup, fromXTab } from '../support/senders';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the background entry', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    void background.main();
  });

  it('answers our pages’ requests, from the sender the browser names', async () => {
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'tab-state:set', patch: { panelClosed: true } }, fromXTab(7));
    expect(reply).toEqual({ panelClosed: true });
    // The same request from the popup is not a tab's: no answer.
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'tab-state:get' }, fromPopup())).toEqual([undefined]);
  });

  it('forgets a tab’s state when the browser says the tab closed', async () => {
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'tab-state:set', patch: { panelClosed: true } }, fromXTab(7))).toEqual([{ panelClosed: true }]);
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'tab-state:set', patch: { panelClosed: true } }, fromXTab(8))).toEqual([{ panelClosed: true }]);
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await settle();
    expect(await tabStateItem(7).read()).toEqual({ panelClosed: false });
    expect(await tabStateItem(8).read()).toEqual({ panelClosed: true });
  });
});
