import { describe, expect, it } from 'vitest';
import { isRightToLeft, uiLanguageFor } from '../../../src/page/page-language';

describe('uiLanguageFor', () => {
  it.each([
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['JA', 'ja'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['de', 'de'],
    ['ar', 'ar'],
    ['pt-BR', 'pt'],
    ['pt-PT', 'pt'],
    ['es-419', 'es'],
    ['es_MX', 'es'],
    ['fr-CA', 'fr'],
    ['ko-KR', 'ko'],
    ['id', 'id'],
    ['in', 'id'],
    ['tr', 'tr'],
    ['ar-SA', 'ar'],
    ['zh-Hant', 'en'],
    ['he', 'en'],
    ['ru', 'en'],
    ['', 'en'],
    [null, 'en'],
    ['   ', 'en'],
    ['<script>', 'en'],
  ])('%s → %s', (pageLang, expected) => {
    expect(uiLanguageFor(pageLang)).toBe(expected);
  });
});

describe('isRightToLeft', () => {
  it('follows the document direction', () => {
    document.documentElement.setAttribute('dir', 'rtl');
    expect(isRightToLeft(document)).toBe(true);
    document.documentElement.setAttribute('dir', 'ltr');
    expect(isRightToLeft(document)).toBe(false);
    document.documentElement.removeAttribute('dir');
    expect(isRightToLeft(document)).toBe(false);
  });

  it('reads a right-to-left language when the page sets no direction', () => {
    document.documentElement.removeAttribute('dir');
    document.documentElement.setAttribute('lang', 'ar');
    expect(isRightToLeft(document)).toBe(true);
    document.documentElement.setAttribute('lang', 'he-IL');
    expect(isRightToLeft(document)).toBe(true);
    document.documentElement.setAttribute('dir', 'ltr');
    expect(isRightToLeft(document)).toBe(false); // an explicit direction wins
    document.documentElement.removeAttribute('dir');
    document.documentElement.setAttribute('lang', 'ja');
    expect(isRightToLeft(document)).toBe(false);
  });
});
