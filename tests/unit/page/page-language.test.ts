import { describe, expect, it } from 'vitest';
import { isRightToLeft, uiLanguageFor } from '../../../src/page/page-language';

describe('uiLanguageFor', () => {
  it.each([
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['JA', 'ja'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['de', 'en'],
    ['ar', 'en'],
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
});
