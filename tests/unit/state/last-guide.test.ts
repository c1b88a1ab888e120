import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type LastGuide, lastGuideItem } from '../../../src/state/last-guide';

const last: LastGuide = { tabId: 3, guide: { id: 'backup-code', status: 'paused', skipped: ['open-menu'] } };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the last guide', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is none when absent', async () => {
    expect(await lastGuideItem.read()).toBeNull();
  });

  it('lives in session storage, under the key the previous release used', async () => {
    await lastGuideItem.write(last);
    expect(await fakeBrowser.storage.session.get('last-guide')).toEqual({ 'last-guide': last });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it.each([
    ['a string', 'backup-code'],
    ['no tab', { guide: last.guide }],
    ['an unknown guide', { tabId: 3, guide: { ...last.guide, id: 'delete-account' } }],
    ['a wrong status', { tabId: 3, guide: { ...last.guide, status: 'flying' } }],
  ])('reads %s as none', async (_, value) => {
    await fakeBrowser.storage.session.set({ 'last-guide': value });
    expect(await lastGuideItem.read()).toBeNull();
  });

  it('reads a value stored under the first release’s key, without WXT’s version meta (a rename of the key would lose it)', async () => {
    await fakeBrowser.storage.session.set({ 'last-guide': last });
    expect(await lastGuideItem.read()).toEqual(last);
  });

  it('tells watchers of every change, validated', async () => {
    const seen: unknown[] = [];
    const unwatch = lastGuideItem.watch((value) => seen.push(value));
    await lastGuideItem.write(last);
    await fakeBrowser.storage.session.set({ 'last-guide': { tabId: 'three' } });
    await settle();
    unwatch();
    expect(seen).toEqual([last, null]);
  });
});
