import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerTabStateRequest, forgetTab, parseTabState, readTabState } from '../../../src/state/tab-state';

describe('per-tab state', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to an open panel', async () => {
    expect(await answerTabStateRequest({ type: 'tab-state:get' }, 7)).toEqual({ panelClosed: false });
  });

  it('remembers a closed panel for that tab only', async () => {
    await answerTabStateRequest({ type: 'tab-state:set', patch: { panelClosed: true } }, 7);
    expect(await answerTabStateRequest({ type: 'tab-state:get' }, 7)).toEqual({ panelClosed: true });
    expect(await answerTabStateRequest({ type: 'tab-state:get' }, 8)).toEqual({ panelClosed: false });
  });

  it('forgets a closed tab', async () => {
    await answerTabStateRequest({ type: 'tab-state:set', patch: { panelClosed: true } }, 7);
    await forgetTab(7);
    expect(await readTabState(7)).toEqual({ panelClosed: false });
  });

  it('ignores messages that are not ours, and senders without a tab', async () => {
    expect(await answerTabStateRequest({ type: 'something-else' }, 7)).toBeUndefined();
    expect(await answerTabStateRequest('tab-state:get', 7)).toBeUndefined();
    expect(await answerTabStateRequest({ type: 'tab-state:set', patch: { panelClosed: 'yes' } }, 7)).toBeUndefined();
    expect(await answerTabStateRequest({ type: 'tab-state:get' }, undefined)).toBeUndefined();
  });

  it('reads corrupted stored state as the default', () => {
    expect(parseTabState('nope')).toEqual({ panelClosed: false });
    expect(parseTabState({ panelClosed: 3 })).toEqual({ panelClosed: false });
  });
});
