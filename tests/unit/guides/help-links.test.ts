import { describe, expect, it } from 'vitest';
import { regainAccessForm } from '../../../src/guides/help-links';
import { UI_LANGUAGES } from '../../../src/page/page-language';

describe('regainAccessForm', () => {
  it.each(UI_LANGUAGES)('links the form in the help centre’s own language: %s', (lang) => {
    expect(regainAccessForm(lang)).toBe(`https://help.x.com/${lang}/forms/account-access/regain-access`);
  });

  it('uses the plain two-letter prefixes, never an English fallback', () => {
    expect(regainAccessForm('pt')).toBe('https://help.x.com/pt/forms/account-access/regain-access');
    expect(regainAccessForm('ar')).toBe('https://help.x.com/ar/forms/account-access/regain-access');
    expect(new Set(UI_LANGUAGES.map(regainAccessForm)).size).toBe(UI_LANGUAGES.length);
  });
});
