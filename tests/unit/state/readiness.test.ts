import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isReady, READINESS_ITEMS, readinessItem, type ReadinessItem, setReadiness, withReadiness } from '../../../src/state/readiness';
import { defineStoredRecord } from '../../../src/state/stored-record';
import { z } from '../../../src/state/zod';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('readiness', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('is "nothing confirmed" when absent', async () => {
    expect(await readinessItem.read()).toEqual({});
  });

  it('keeps the date each item was confirmed, and forgets it when unticked', async () => {
    await setReadiness('backup-saved', true, 1_700_000_000_000);
    expect(await readinessItem.read()).toEqual({ 'backup-saved': 1_700_000_000_000 });
    await setReadiness('backup-saved', false);
    expect(await readinessItem.read()).toEqual({});
  });

  it('is ready only when all three are confirmed', () => {
    expect(isReady({ 'backup-saved': 1, 'methods-known': 1 })).toBe(false);
    expect(isReady({ 'backup-saved': 1, 'methods-known': 1, 'contact-checked': 1 })).toBe(true);
    expect(withReadiness({ 'backup-saved': 1 }, 'methods-known', true, 2)).toEqual({ 'backup-saved': 1, 'methods-known': 2 });
  });

  it('keeps each sound date, and drops unknown items', async () => {
    await fakeBrowser.storage.local.set({
      'readiness.backup-saved': 'yes',
      'readiness.methods-known': -3,
      'readiness.contact-checked': 5,
      'readiness.other': 1,
    });
    expect(await readinessItem.read()).toEqual({ 'contact-checked': 5 });
  });

  it.each([
    ['a string', 'ready'],
    ['a number', 7],
    ['an array', [1, 2, 3]],
    ['null', null],
  ])('reads %s as "nothing confirmed"', async (_, value) => {
    await fakeBrowser.storage.local.set({ readiness: value });
    expect(await readinessItem.read()).toEqual({});
  });

  it('keeps each item under its own key', async () => {
    await setReadiness('backup-saved', true, 11);
    await setReadiness('contact-checked', true, 12);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'readiness.backup-saved': 11, 'readiness.contact-checked': 12 });
    await setReadiness('backup-saved', false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'readiness.contact-checked': 12 });
  });

  it('moves what the previous release stored (one object, with or without its `readiness$` meta) to one key per item', async () => {
    await fakeBrowser.storage.local.set({ readiness: { 'methods-known': 1_690_000_000_000, 'backup-saved': 'yes' }, readiness$: { v: 1 } });
    expect(await readinessItem.read()).toEqual({ 'methods-known': 1_690_000_000_000 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'readiness.methods-known': 1_690_000_000_000 });
    // An item already kept on its own key is newer than the old object's.
    await fakeBrowser.storage.local.set({ readiness: { 'methods-known': 5, 'contact-checked': 6 } });
    expect(await readinessItem.read()).toEqual({ 'methods-known': 1_690_000_000_000, 'contact-checked': 6 });
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual(['readiness.contact-checked', 'readiness.methods-known']);
  });

  it('keeps both ticks when two views (the popup and the page) tick different items at the same moment', async () => {
    // Two contexts share the storage, not their queues: two records on the same key, as the popup and the page have.
    const define = () => defineStoredRecord<ReadinessItem, number>('local:readiness', { fields: READINESS_ITEMS, field: z.number() });
    const [popup, page] = [define(), define()];
    // Storage answers across processes: both views read before either writes.
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      const answer = await get(keys);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return answer;
    });
    await Promise.all([
      popup.update((now) => withReadiness(now, 'contact-checked', true, 21)),
      page.update((now) => withReadiness(now, 'backup-saved', true, 22)),
      popup.update((now) => withReadiness(now, 'methods-known', true, 23)),
    ]);
    expect(await readinessItem.read()).toEqual({ 'contact-checked': 21, 'backup-saved': 22, 'methods-known': 23 });
  });

  it('tells watchers of every change, validated', async () => {
    const seen: unknown[] = [];
    const unwatch = readinessItem.watch((value) => seen.push(value));
    await setReadiness('methods-known', true, 42);
    await settle();
    await fakeBrowser.storage.local.set({ 'readiness.methods-known': 'now', 'readiness.backup-saved': 43 });
    await settle();
    unwatch();
    expect(seen[0]).toEqual({ 'methods-known': 42 });
    expect(seen.at(-1)).toEqual({ 'backup-saved': 43 });
  });
});
