import { describe, expect, it, vi } from 'vitest';
import { PAGE_CATALOGUES } from '../../../src/i18n';
import { loadPageText, pageTextNow } from '../../../src/i18n/page-text';

describe('page text in the content script', () => {
  it('has English at once, and another language once fetched, asking only once', async () => {
    expect(pageTextNow('ja')('panel.title')).toBe(PAGE_CATALOGUES.en['panel.title']);
    const fetch = vi.fn(async () => PAGE_CATALOGUES.ja);
    await Promise.all([loadPageText('ja', fetch), loadPageText('ja', fetch)]);
    await loadPageText('ja', fetch);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(pageTextNow('ja')('panel.title')).toBe(PAGE_CATALOGUES.ja['panel.title']);
  });

  it('stays in English when the background cannot answer', async () => {
    await loadPageText('en', async () => {
      throw new Error('unreachable');
    });
    expect(pageTextNow('en')('places.title')).toBe('Where your code may be');
  });
});
