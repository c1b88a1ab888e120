import { describe, expect, it, vi } from 'vitest';
import { IN_PAGE_CATALOGUES } from '../../../src/i18n/in-page-catalogues';
import { loadTexts, textsNow } from '../../../src/i18n/in-page-texts';

describe('the in-page texts', () => {
  it('has English at once, and another language once fetched, asking only once for all its sections', async () => {
    expect(textsNow('ja').page('panel.title')).toBe(IN_PAGE_CATALOGUES.en.page['panel.title']);
    const fetch = vi.fn(async () => IN_PAGE_CATALOGUES.ja);
    await Promise.all([loadTexts('ja', fetch), loadTexts('ja', fetch)]);
    await loadTexts('ja', fetch);
    expect(fetch).toHaveBeenCalledTimes(1);
    const ja = textsNow('ja');
    expect(ja.lang).toBe('ja');
    expect(ja.page('panel.title')).toBe(IN_PAGE_CATALOGUES.ja.page['panel.title']);
    expect(ja.guide('guide.end')).toBe(IN_PAGE_CATALOGUES.ja.guide['guide.end']);
    expect(ja.assistant('plan.title')).toBe(IN_PAGE_CATALOGUES.ja.assistant['plan.title']);
    expect(ja.englishAssistant('plan.title')).toBe(IN_PAGE_CATALOGUES.en.assistant['plan.title']);
  });

  it('stays in English when the background cannot answer, and asks again the next time', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/i18n/in-page-texts');
    const failing = vi.fn(async () => {
      throw new Error('unreachable');
    });
    const texts = await fresh.loadTexts('ja', failing);
    expect(texts.lang).toBe('en');
    expect(texts.page('places.title')).toBe('Where your code may be');
    await fresh.loadTexts('ja', failing);
    expect(failing).toHaveBeenCalledTimes(2);
    await fresh.loadTexts('en', failing);
    expect(failing).toHaveBeenCalledTimes(2); // English is built in: nothing to ask
  });
});

describe('right-to-left sentences', () => {
  it('isolate what they quote, so numbers and X’s labels keep their direction', async () => {
    const { textsFor } = await import('../../../src/i18n/in-page-texts');
    const catalogues = { page: { 'places.sms.digits': 'الرقم {digits}' }, guide: {}, assistant: {} } as never;
    const arabic = textsFor('ar', catalogues);
    expect(arabic.page('places.sms.digits', { digits: '34' })).toBe('الرقم \u206834\u2069');
    const english = textsFor('en', IN_PAGE_CATALOGUES.en);
    expect(english.page('places.sms.digits', { digits: '34' })).not.toContain('\u2068');
  });
});
