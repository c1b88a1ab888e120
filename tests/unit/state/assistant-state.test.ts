import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answersItem } from '../../../src/state/assistant-state';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the assistant’s answers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are "no answers" when absent', async () => {
    expect(await answersItem.read()).toEqual({ have: [] });
  });

  it('drop unknown, repeated or mistyped entries, in the plan’s order', async () => {
    await fakeBrowser.storage.local.set({ assistant: { have: ['email', 'email', 'nonsense', 3, 'backup'] } });
    expect(await answersItem.read()).toEqual({ have: ['email', 'backup'] });
    expect(await answersItem.write({ have: ['key', 'app'] })).toEqual({ have: ['app', 'key'] });
    expect(await fakeBrowser.storage.local.get('assistant')).toEqual({ assistant: { have: ['app', 'key'] } });
  });

  it.each([
    ['a string', 'email'],
    ['null', null],
    ['a list of the wrong type', { have: 'everything' }],
    ['no list', {}],
  ])('read %s as "no answers"', async (_, value) => {
    await fakeBrowser.storage.local.set({ assistant: value });
    expect(await answersItem.read()).toEqual({ have: [] });
  });

  it('read a value stored under the first release’s key, with or without WXT’s `assistant$` meta (a rename of the key would lose it)', async () => {
    await fakeBrowser.storage.local.set({ assistant: { have: ['device'] } });
    expect(await answersItem.read()).toEqual({ have: ['device'] });
    await fakeBrowser.storage.local.set({ assistant: { have: ['email'] }, assistant$: { v: 1 } });
    expect(await answersItem.read()).toEqual({ have: ['email'] });
  });

  it('tell watchers of every change, validated', async () => {
    const seen: unknown[] = [];
    const unwatch = answersItem.watch((value) => seen.push(value));
    await answersItem.write({ have: ['device'] });
    await fakeBrowser.storage.local.set({ assistant: { have: ['device', 'teleport'] } });
    await fakeBrowser.storage.local.set({ assistant: 'garbage' });
    await settle();
    unwatch();
    expect(seen).toEqual([{ have: ['device'] }, { have: ['device'] }, { have: [] }]);
  });
});
