import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checklistTicks, withTick } from '../../../src/state/tick-lists';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('checklist state', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts empty', async () => {
    expect(await checklistTicks.read()).toEqual({ ticks: {} });
  });

  it('keeps ticks across reads', async () => {
    await checklistTicks.write(withTick({ ticks: {} }, 'backup-codes', true));
    expect(await checklistTicks.read()).toEqual({ ticks: { 'backup-codes': true } });
    await checklistTicks.update((state) => withTick(state, 'backup-codes', false));
    expect(await checklistTicks.read()).toEqual({ ticks: {} });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['null', null],
    ['an array', ['backup-codes']],
    ['ticks of the wrong type', { ticks: 'all' }],
  ])('falls back to the empty checklist when storage holds %s', async (_, value) => {
    await fakeBrowser.storage.local.set({ checklist: value });
    expect(await checklistTicks.read()).toEqual({ ticks: {} });
  });

  it('keeps the sound entries of a partly corrupted value', async () => {
    await fakeBrowser.storage.local.set({
      checklist: { ticks: { 'backup-codes': true, 'text-message': 'yes', 'no-such-item': true, ['__proto__']: true } },
    });
    expect(await checklistTicks.read()).toEqual({ ticks: { 'backup-codes': true } });
  });

  it('stores only the ticks, under its own key in local storage', async () => {
    await checklistTicks.write({ ticks: { 'contact-support': true, 'no-such-item': true } });
    expect(await fakeBrowser.storage.local.get('checklist')).toEqual({ checklist: { ticks: { 'contact-support': true } } });
    expect(await checklistTicks.read()).toEqual({ ticks: { 'contact-support': true } });
  });

  it('reads a value stored under the first release’s key, with or without WXT’s `checklist$` meta (a rename of the key would lose it)', async () => {
    await fakeBrowser.storage.local.set({ checklist: { ticks: { 'backup-codes': true } } });
    expect(await checklistTicks.read()).toEqual({ ticks: { 'backup-codes': true } });
    await fakeBrowser.storage.local.set({ checklist: { ticks: { 'contact-support': true } }, checklist$: { v: 1 } });
    expect(await checklistTicks.read()).toEqual({ ticks: { 'contact-support': true } });
  });

  it('reads unticked entries as not ticked', () => {
    expect(checklistTicks.parse(undefined)).toEqual({ ticks: {} });
    expect(checklistTicks.parse({ ticks: { 'backup-codes': false } })).toEqual({ ticks: {} });
  });

  it('tells watchers of every change, validated', async () => {
    const seen: unknown[] = [];
    const unwatch = checklistTicks.watch((value) => seen.push(value));
    await checklistTicks.write({ ticks: { 'backup-codes': true } });
    await fakeBrowser.storage.local.set({ checklist: { ticks: { 'backup-codes': true, 'no-such-item': true } } });
    await fakeBrowser.storage.local.set({ checklist: 7 });
    await settle();
    unwatch();
    expect(seen).toEqual([{ ticks: { 'backup-codes': true } }, { ticks: { 'backup-codes': true } }, { ticks: {} }]);
  });
});
