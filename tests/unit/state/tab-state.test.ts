import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerRequest } from '../../../src/background/router';
import { readLastGuide } from '../../../src/state/last-guide';
import { loadReminders } from '../../../src/state/reminders';
import { forgetTab, parseTabState, readTabState } from '../../../src/state/tab-state';

const running = { id: 'backup-code', status: 'running', skipped: [] } as const;

describe('per-tab state through the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to an open panel and no guide', async () => {
    expect(await answerRequest({ type: 'tab-state:get' }, { tabId: 7 })).toEqual({ panelClosed: false });
  });

  it('remembers a closed panel for that tab only', async () => {
    await answerRequest({ type: 'tab-state:set', patch: { panelClosed: true } }, { tabId: 7 });
    expect(await answerRequest({ type: 'tab-state:get' }, { tabId: 7 })).toEqual({ panelClosed: true });
    expect(await answerRequest({ type: 'tab-state:get' }, { tabId: 8 })).toEqual({ panelClosed: false });
  });

  it('keeps a guide’s progress per tab, and notes it as the last guide', async () => {
    await answerRequest({ type: 'tab-state:set', patch: { guide: { ...running, skipped: ['open-menu'] } } }, { tabId: 7 });
    expect(await readTabState(7)).toEqual({ panelClosed: false, guide: { ...running, skipped: ['open-menu'] } });
    await answerRequest({ type: 'tab-state:set', patch: { guide: { ...running, status: 'paused' } } }, { tabId: 7 });
    expect(await answerRequest({ type: 'guide:last' }, {})).toEqual({ tabId: 7, guide: { ...running, status: 'paused' } });
  });

  it('forgets a closed tab', async () => {
    await answerRequest({ type: 'tab-state:set', patch: { panelClosed: true } }, { tabId: 7 });
    await forgetTab(7);
    expect(await readTabState(7)).toEqual({ panelClosed: false });
  });

  it('sets the turn-it-back-on reminder once', async () => {
    await answerRequest({ type: 'reminder:turn-method-back-on' }, { tabId: 7 });
    const first = (await loadReminders()).turnMethodBackOn;
    expect(first).toBeGreaterThan(0);
    await answerRequest({ type: 'reminder:turn-method-back-on' }, { tabId: 7 });
    expect((await loadReminders()).turnMethodBackOn).toBe(first);
  });

  it('ignores messages that are not ours, malformed ones, and tab requests without a tab', async () => {
    expect(answerRequest({ type: 'something-else' }, { tabId: 7 })).toBeUndefined();
    expect(answerRequest('tab-state:get', { tabId: 7 })).toBeUndefined();
    expect(answerRequest({ type: 'tab-state:set', patch: { panelClosed: 'yes' } }, { tabId: 7 })).toBeUndefined();
    expect(answerRequest({ type: 'guide:start', guide: 'delete-account' }, { tabId: 7 })).toBeUndefined();
    expect(answerRequest({ type: 'tab-state:get' }, {})).toBeUndefined();
    expect(await readLastGuide()).toBeUndefined();
  });

  it('reads corrupted stored state field by field', () => {
    expect(parseTabState('nope')).toEqual({ panelClosed: false });
    expect(parseTabState({ panelClosed: 3 })).toEqual({ panelClosed: false });
    expect(parseTabState({ panelClosed: true, guide: { id: 'nope' } })).toEqual({ panelClosed: true });
    expect(parseTabState({ guide: running })).toEqual({ panelClosed: false, guide: running });
  });
});
