import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerRequest } from '../../../src/background/router';
import { isReady, readinessItem, setReadiness, withReadiness } from '../../../src/state/readiness';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('readiness', () => {
  beforeEach(() => fakeBrowser.reset());

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

  it('keeps each sound date of a partly corrupt value, and drops unknown items', async () => {
    await fakeBrowser.storage.local.set({ readiness: { 'backup-saved': 'yes', 'methods-known': -3, 'contact-checked': 5, other: 1 } });
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

  it('reads what the previous release stored (version 1, with or without its `readiness$` meta)', async () => {
    await fakeBrowser.storage.local.set({ readiness: { 'methods-known': 1_690_000_000_000 } });
    expect(await readinessItem.read()).toEqual({ 'methods-known': 1_690_000_000_000 });
    await fakeBrowser.storage.local.set({ readiness: { 'contact-checked': 1_690_000_000_001 }, readiness$: { v: 1 } });
    expect(await readinessItem.read()).toEqual({ 'contact-checked': 1_690_000_000_001 });
  });

  it('tells watchers of every change, validated', async () => {
    const seen: unknown[] = [];
    const unwatch = readinessItem.watch((value) => seen.push(value));
    await setReadiness('methods-known', true, 42);
    await fakeBrowser.storage.local.set({ readiness: { 'methods-known': 'now', 'backup-saved': 43 } });
    await settle();
    unwatch();
    expect(seen).toEqual([{ 'methods-known': 42 }, { 'backup-saved': 43 }]);
  });

  it('is no longer a background message: storage is its only door', () => {
    expect(answerRequest({ type: 'readiness:get' }, { tabId: 4 })).toBeUndefined();
    expect(answerRequest({ type: 'readiness:set', item: 'contact-checked', confirmed: true }, { tabId: 4 })).toBeUndefined();
  });

  it('starts a guide in the asking tab, remembering where to come back to', async () => {
    await answerRequest({ type: 'guide:start-here', guide: 'backup-code', returnTo: '/settings/password' }, { tabId: 4 });
    expect(await answerRequest({ type: 'tab-state:get' }, { tabId: 4 })).toEqual({
      panelClosed: false,
      guide: { id: 'backup-code', status: 'running', skipped: [], returnTo: '/settings/password' },
    });
    // Only a path on x.com: never another site.
    expect(answerRequest({ type: 'guide:start-here', guide: 'backup-code', returnTo: 'https://evil.example/' }, { tabId: 4 })).toBeUndefined();
  });
});
