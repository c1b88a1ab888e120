import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearMethodReminder, remindersItem, setMethodReminder } from '../../../src/state/reminders';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reminders', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are none when absent', async () => {
    expect(await remindersItem.read()).toEqual({});
  });

  it('set the turn-it-back-on reminder once, and clear it', async () => {
    await setMethodReminder();
    const first = (await remindersItem.read()).turnMethodBackOn;
    expect(first).toBeGreaterThan(0);
    await setMethodReminder(first! + 1000);
    expect((await remindersItem.read()).turnMethodBackOn).toBe(first);
    await clearMethodReminder();
    expect(await remindersItem.read()).toEqual({});
  });

  it.each([
    ['a broken date', { turnMethodBackOn: 'yesterday' }],
    ['a negative date', { turnMethodBackOn: -1 }],
    ['a string', 'soon'],
    ['null', null],
  ])('read %s as no reminder', async (_, value) => {
    await fakeBrowser.storage.local.set({ reminders: value });
    expect(await remindersItem.read()).toEqual({});
  });

  it('read a value stored under the first release’s key, with or without WXT’s `reminders$` meta (a rename of the key would lose it)', async () => {
    await fakeBrowser.storage.local.set({ reminders: { turnMethodBackOn: 1_700_000_000_000 } });
    expect(await remindersItem.read()).toEqual({ turnMethodBackOn: 1_700_000_000_000 });
    await fakeBrowser.storage.local.set({ reminders: { turnMethodBackOn: 1_700_000_000_001 }, reminders$: { v: 1 } });
    expect(await remindersItem.read()).toEqual({ turnMethodBackOn: 1_700_000_000_001 });
  });

  it('tell watchers of every change, validated', async () => {
    const seen: unknown[] = [];
    const unwatch = remindersItem.watch((value) => seen.push(value));
    await setMethodReminder(5);
    await fakeBrowser.storage.local.set({ reminders: { turnMethodBackOn: 'later' } });
    await settle();
    unwatch();
    expect(seen).toEqual([{ turnMethodBackOn: 5 }, {}]);
  });
});
