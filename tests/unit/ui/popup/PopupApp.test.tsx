import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POPUP_CATALOGUES } from '../../../../src/i18n';
import { loadPopupTexts } from '../../../../src/i18n/popup-texts';
import { UI_LANGUAGES } from '../../../../src/page/page-language';
import { PopupApp } from '../../../../src/ui/popup/PopupApp';

describe('the popup', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it.each(UI_LANGUAGES)('speaks %s throughout: intro, checklist, guides and check-up', async (lang) => {
    const texts = POPUP_CATALOGUES[lang];
    // As the popup's entry does: the language's chunk first, then the first render.
    const loaded = await loadPopupTexts(lang);
    expect(loaded.lang).toBe(lang);
    render(<PopupApp texts={loaded} />);
    // Text as written (French puts a no-break space before "?", which text matchers would fold).
    const shown = () => document.body.textContent ?? '';
    await waitFor(() => expect(document.querySelectorAll('[data-rescue="checklist-item"]').length).toBeGreaterThan(0));
    for (const key of ['popup.intro', 'check.app.title', 'popup.guides.intro'] as const) expect(shown(), key).toContain(texts[key]);
    await waitFor(() => expect(shown()).toContain(texts['checkup.title']));
    if (lang !== 'en') expect(document.body.textContent).not.toContain(POPUP_CATALOGUES.en['popup.intro']);
  });

  it.each(['en', 'ar'] as const)('says beside the form’s link what to do if the form will not load (%s)', async (lang) => {
    render(<PopupApp texts={await loadPopupTexts(lang)} />);
    const link = await waitFor(() => {
      const found = document.querySelector('[data-rescue="support-link"]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(link.getAttribute('href')).toBe(`https://help.x.com/${lang}/forms/account-access/regain-access`);
    expect(link.nextElementSibling?.textContent).toBe(POPUP_CATALOGUES[lang]['popup.form-trouble']);
  });

  it('offers each guide in the checklist item it serves', async () => {
    render(<PopupApp texts={await loadPopupTexts('en')} />);
    await waitFor(() => expect(document.querySelectorAll('[data-rescue="start-guide"]').length).toBe(3));
    const itemOf = (guide: string) =>
      document.querySelector(`[data-rescue="start-guide"][data-guide="${guide}"]`)?.closest('[data-rescue="checklist-item"]')?.getAttribute('data-item');
    expect(itemOf('backup-code')).toBe('code-from-device');
    expect(itemOf('temporary-password')).toBe('code-from-device');
    expect(itemOf('two-factor-methods')).toBe('switch-method');
    // The hint about where guides work is said once, beside the first of them.
    expect(document.querySelectorAll('.hint').length).toBe(1);
  });

  it('keeps the check-up folded while the user is locked out, open once they are back in', async () => {
    render(<PopupApp texts={await loadPopupTexts('en')} />);
    const checkup = await waitFor(() => {
      const found = document.querySelector<HTMLDetailsElement>('details.checkup');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(checkup.open).toBe(false);
    cleanup();
    await fakeBrowser.storage.local.set({ readiness: { 'backup-saved': Date.now() } });
    render(<PopupApp texts={await loadPopupTexts('en')} />);
    await waitFor(() => expect(document.querySelector<HTMLDetailsElement>('details.checkup')?.open).toBe(true));
  });

  it.each(UI_LANGUAGES)('warns of “recovery” scams beside the form’s link (%s)', async (lang) => {
    render(<PopupApp texts={await loadPopupTexts(lang)} />);
    const warning = await waitFor(() => {
      const found = document.querySelector('[data-rescue="scam-warning"]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(warning.textContent).toBe(POPUP_CATALOGUES[lang]['popup.scams']);
    expect(warning.closest('[data-item]')?.querySelector('[data-rescue="support-link"]')).not.toBeNull();
  });
});
