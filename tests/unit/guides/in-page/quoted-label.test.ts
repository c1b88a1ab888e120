import { describe, expect, it } from 'vitest';
import { quotedLabel, visibleLabelOf } from '../../../../src/guides/in-page/quoted-label';
import { speaksUiLanguage } from '../../../../src/page/page-language';

const item = (html: string) => {
  const el = document.createElement('a');
  el.innerHTML = html;
  return el;
};

describe('the label a guide step quotes', () => {
  it('is X’s own label in one of our languages, whatever the page shows', () => {
    expect(quotedLabel('settingsAndPrivacy', 'de', true, item('<span>Whatever</span>'))).toBe('Einstellungen und Datenschutz');
    expect(quotedLabel('twoFactor', 'ar', true, undefined)).toBe('المصادقة بعاملين');
  });

  it('is the found item’s own words on a page in another language', () => {
    const found = item('<svg></svg><div><span>Impostazioni e privacy</span></div>');
    expect(quotedLabel('settingsAndPrivacy', 'en', false, found)).toBe('Impostazioni e privacy');
  });

  it('falls back to X’s English label when nothing was found, or the item shows no words', () => {
    expect(quotedLabel('settingsAndPrivacy', 'en', false, undefined)).toBe('Settings and privacy');
    expect(quotedLabel('more', 'en', false, item('<svg></svg>'))).toBe('More');
  });

  it('takes the label line, not the description X shows under it', () => {
    const found = item('<div><span>Sicurezza e accesso all’account</span></div><div><span>Gestisci la sicurezza del tuo account.</span></div>');
    expect(quotedLabel('securityAndAccountAccess', 'en', false, found)).toBe('Sicurezza e accesso all’account');
  });

  it('never quotes a paragraph', () => {
    expect(visibleLabelOf(item(`<span>${'parola '.repeat(20)}</span>`))).toBe('');
  });

  it('knows which page languages are ours', () => {
    expect(speaksUiLanguage('pt-BR')).toBe(true);
    expect(speaksUiLanguage('in')).toBe(true);
    expect(speaksUiLanguage('it')).toBe(false);
    expect(speaksUiLanguage('en-GB')).toBe(true);
    expect(speaksUiLanguage(null)).toBe(false);
  });
});
