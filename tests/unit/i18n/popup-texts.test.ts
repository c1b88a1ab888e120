import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetReports } from '../../../src/diagnostics/report';
import { POPUP_CATALOGUES } from '../../../src/i18n';
import { englishPopupTexts, importPopupCatalogue, loadPopupTexts } from '../../../src/i18n/popup-texts';
import { UI_LANGUAGES, type UiLanguage } from '../../../src/page/page-language';

describe('the popup’s texts', () => {
  afterEach(resetReports);

  it.each(UI_LANGUAGES)('%s: arrives from its own import, the catalogue of that language', async (lang) => {
    const texts = await loadPopupTexts(lang);
    expect(texts.lang).toBe(lang);
    for (const key of ['popup.intro', 'popup.guides.intro', 'checkup.title'] as const) expect(texts.t(key), key).toBe(POPUP_CATALOGUES[lang][key]);
    // The real importer gives the very catalogue of index.ts (no language wired to another's file).
    if (lang !== 'en') expect(await importPopupCatalogue(lang)).toBe(POPUP_CATALOGUES[lang]);
  });

  it('isolates filled-in values right to left only (a count keeps its own direction in Arabic)', async () => {
    const arabic = await loadPopupTexts('ar');
    const progress = arabic.t('popup.progress', { done: 3, total: 8 });
    expect(progress).toContain('\u20683\u2069');
    expect(progress).toContain('\u20688\u2069');
    for (const lang of ['en', 'ja', 'es'] as const) {
      expect((await loadPopupTexts(lang)).t('popup.progress', { done: 3, total: 8 })).not.toMatch(/[\u2068\u2069]/);
    }
  });

  it('imports nothing for English: it is built in', async () => {
    const importer = vi.fn(importPopupCatalogue);
    expect(await loadPopupTexts('en', importer)).toBe(englishPopupTexts);
    expect(importer).not.toHaveBeenCalled();
    expect(englishPopupTexts.t('popup.intro')).toBe(POPUP_CATALOGUES.en['popup.intro']);
  });

  it('falls back to English, lang included, when the import fails, and says so once on the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failing = vi.fn(async () => {
      throw new TypeError('error loading dynamically imported module');
    });
    const texts = await loadPopupTexts('ja', failing);
    expect(texts).toBe(englishPopupTexts);
    expect(texts.lang).toBe('en');
    expect(texts.t('popup.title')).toBe(POPUP_CATALOGUES.en['popup.title']);
    expect(failing).toHaveBeenCalledWith('ja');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/\[2FA Rescue\] loading the popup’s language failed \(TypeError/);
  });

  it('falls back to English, quietly, for a language code that is not ours or an import with nothing in it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await importPopupCatalogue('xx' as UiLanguage)).toBeUndefined();
    expect(await importPopupCatalogue('toString' as UiLanguage)).toBeUndefined();
    expect(await loadPopupTexts('xx' as UiLanguage)).toBe(englishPopupTexts);
    expect(await loadPopupTexts('ko', async () => undefined)).toBe(englishPopupTexts);
    expect(warn).not.toHaveBeenCalled();
  });

  it('shows a key a catalogue lacks in English, never as the key', async () => {
    const partial = { 'popup.title': 'タイトル' } as never;
    const texts = await loadPopupTexts('ja', async () => partial);
    expect(texts.lang).toBe('ja');
    expect(texts.t('popup.title')).toBe('タイトル');
    expect(texts.t('popup.intro')).toBe(POPUP_CATALOGUES.en['popup.intro']);
  });
});
