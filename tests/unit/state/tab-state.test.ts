import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerRequest } from '../../../src/background/router';
import { fromPopup, fromXTab } from '../support/senders';
import { lastGuideItem } from '../../../src/state/last-guide';
import { forgetKeptTabStates, forgetTabState, restoreTabStates, tabStateItem } from '../../../src/state/tab-state';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const running = { id: 'backup-code', status: 'running', skipped: [] } as const;

describe('per-tab state through the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to an open panel and no guide', async () => {
    expect(await answerRequest({ type: 'tab-state:get' }, fromXTab(7))).toEqual({ panelClosed: false });
  });

  it('remembers a closed panel for that tab only', async () => {
    await answerRequest({ type: 'tab-state:set', patch: { panelClosed: true } }, fromXTab(7));
    expect(await answerRequest({ type: 'tab-state:get' }, fromXTab(7))).toEqual({ panelClosed: true });
    expect(await answerRequest({ type: 'tab-state:get' }, fromXTab(8))).toEqual({ panelClosed: false });
  });

  it('keeps a guide’s progress per tab, and notes it as the last guide', async () => {
    await answerRequest({ type: 'tab-state:set', patch: { guide: { ...running, skipped: ['open-menu'] } } }, fromXTab(7));
    expect(await tabStateItem(7).read()).toEqual({ panelClosed: false, guide: { ...running, skipped: ['open-menu'] } });
    await answerRequest({ type: 'tab-state:set', patch: { guide: { ...running, status: 'paused' } } }, fromXTab(7));
    expect(await lastGuideItem.read()).toEqual({ tabId: 7, guide: { ...running, status: 'paused' } });
  });

  it('forgets a closed tab, and its copy', async () => {
    await answerRequest({ type: 'tab-state:set', patch: { panelClosed: true } }, fromXTab(7));
    await answerRequest({ type: 'tab-state:set', patch: { guide: running } }, fromXTab(8));
    await forgetTabState(7);
    expect(await tabStateItem(7).read()).toEqual({ panelClosed: false });
    expect(await fakeBrowser.storage.local.get('tab-states-kept')).toEqual({ 'tab-states-kept': { 8: { panelClosed: false, guide: running } } });
  });

  it('ignores messages that are not ours, malformed ones, and tab requests without a tab', async () => {
    expect(answerRequest({ type: 'something-else' }, fromXTab(7))).toBeUndefined();
    expect(answerRequest('tab-state:get', fromXTab(7))).toBeUndefined();
    expect(answerRequest({ type: 'tab-state:set', patch: { panelClosed: 'yes' } }, fromXTab(7))).toBeUndefined();
    expect(answerRequest({ type: 'guide:start', guide: 'delete-account' }, fromXTab(7))).toBeUndefined();
    expect(answerRequest({ type: 'tab-state:get' }, fromPopup())).toBeUndefined();
    expect(await lastGuideItem.read()).toBeNull();
  });

  it.each([
    ['garbage', 'nope', { panelClosed: false }],
    ['a wrong flag', { panelClosed: 3 }, { panelClosed: false }],
    ['a broken guide', { panelClosed: true, guide: { id: 'nope' } }, { panelClosed: true }],
    ['an unknown status', { panelClosed: false, guide: { ...running, status: 'flying' } }, { panelClosed: false }],
    ['no flag', { guide: running }, { panelClosed: false, guide: running }],
  ])('reads %s field by field, keeping the sound fields', async (_, value, expected) => {
    await fakeBrowser.storage.session.set({ 'tab-state:7': value });
    expect(await tabStateItem(7).read()).toEqual(expected);
  });

  it('lives in session storage, one key per tab, with one copy of them all in local storage', async () => {
    await answerRequest({ type: 'tab-state:set', patch: { panelClosed: true } }, fromXTab(7));
    await answerRequest({ type: 'tab-state:set', patch: { guide: running } }, fromXTab(8));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({
      'tab-state:7': { panelClosed: true },
      'tab-state:8': { panelClosed: false, guide: running },
      'last-guide': { tabId: 8, guide: running },
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      'tab-states-kept': { 7: { panelClosed: true }, 8: { panelClosed: false, guide: running } },
    });
  });

  it('after an update (session storage emptied), gives the tabs still open their state back from the copy, and drops the others', async () => {
    await answerRequest({ type: 'tab-state:set', patch: { guide: { ...running, skipped: ['open-menu'] } } }, fromXTab(7));
    await answerRequest({ type: 'tab-state:set', patch: { panelClosed: true } }, fromXTab(8));
    await answerRequest({ type: 'tab-state:set', patch: { panelClosed: true } }, fromXTab(9));
    await fakeBrowser.storage.session.clear();

    expect(await restoreTabStates([7, 9, 12])).toEqual([
      [7, { panelClosed: false, guide: { ...running, skipped: ['open-menu'] } }],
      [9, { panelClosed: true }],
    ]);
    expect(await answerRequest({ type: 'tab-state:get' }, fromXTab(7))).toEqual({ panelClosed: false, guide: { ...running, skipped: ['open-menu'] } });
    expect(await answerRequest({ type: 'tab-state:get' }, fromXTab(8))).toEqual({ panelClosed: false });
    expect(Object.keys((await fakeBrowser.storage.local.get('tab-states-kept'))['tab-states-kept'] as object)).toEqual(['7', '9']);
  });

  it('keeps the copy no longer than the browser session: a start forgets it, and nothing comes back', async () => {
    await answerRequest({ type: 'tab-state:set', patch: { guide: running } }, fromXTab(7));
    await forgetKeptTabStates();
    await fakeBrowser.storage.session.clear();
    expect(await restoreTabStates([7])).toEqual([]);
    expect(await tabStateItem(7).read()).toEqual({ panelClosed: false });
  });

  it('restores a copy only as far as it is sound', async () => {
    await fakeBrowser.storage.local.set({ 'tab-states-kept': { 7: { panelClosed: 'yes', guide: running }, 8: 'garbage' } });
    expect(await restoreTabStates([7, 8])).toEqual([
      [7, { panelClosed: false, guide: running }],
      [8, { panelClosed: false }],
    ]);
  });

  it('reads values stored under the first release’s keys, without WXT’s version meta, with and without a guide (a rename or a required new field would lose them)', async () => {
    await fakeBrowser.storage.session.set({ 'tab-state:7': { panelClosed: true }, 'tab-state:8': { panelClosed: false, guide: running } });
    expect(await tabStateItem(7).read()).toEqual({ panelClosed: true });
    expect(await tabStateItem(8).read()).toEqual({ panelClosed: false, guide: running });
  });

  it('tells watchers of its tab’s changes only, validated', async () => {
    const seen: unknown[] = [];
    const unwatch = tabStateItem(7).watch((value) => seen.push(value));
    await answerRequest({ type: 'tab-state:set', patch: { panelClosed: true } }, fromXTab(7));
    await answerRequest({ type: 'tab-state:set', patch: { panelClosed: true } }, fromXTab(8));
    await fakeBrowser.storage.session.set({ 'tab-state:7': { panelClosed: 'yes', guide: running } });
    await settle();
    unwatch();
    expect(seen).toEqual([{ panelClosed: true }, { panelClosed: false, guide: running }]);
  });
});
