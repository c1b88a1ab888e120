import { afterEach, describe, expect, it } from 'vitest';
import { readTheme, themeOfColour } from '../../../src/page/page-theme';

describe('themeOfColour', () => {
  it.each([
    ['rgb(255, 255, 255)', 'light'],
    ['rgb(0, 0, 0)', 'dark'],
    ['rgb(5, 5, 5)', 'dark'], // high-contrast dark
    ['rgb(21, 32, 43)', 'dark'], // retired "Dim"
    ['rgba(0, 0, 0, 0)', undefined], // transparent says nothing
    ['#FFFFFF', 'light'],
    ['#000', 'dark'],
    ['#15202B', 'dark'],
    ['rgb(0 0 0 / 50%)', 'dark'],
    ['', undefined],
    ['not a colour', undefined],
  ])('%s → %s', (colour, expected) => {
    expect(themeOfColour(colour)).toBe(expected);
  });
});

describe('readTheme', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('data-theme');
    document.body.removeAttribute('data-theme');
    document.body.removeAttribute('style');
    document.head.innerHTML = '';
  });

  it('prefers X’s data-theme attribute', () => {
    document.documentElement.setAttribute('data-theme', 'dark');
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(readTheme(document)).toBe('dark');
  });

  it.each([
    ['light', 'light'],
    ['dim', 'dark'],
    ['dark', 'dark'],
  ])('reads the 2026 login frame’s body[data-theme=%s] as %s, even over a transparent or other body colour', (declared, expected) => {
    document.body.setAttribute('data-theme', declared);
    document.body.style.backgroundColor = expected === 'dark' ? 'rgba(0, 0, 0, 0)' : 'rgb(0, 0, 0)';
    expect(readTheme(document)).toBe(expected);
  });

  it('ignores a data-theme value it does not know and goes on to the colours', () => {
    document.body.setAttribute('data-theme', 'blue');
    document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    expect(readTheme(document)).toBe('dark');
  });

  it('falls back to the body background', () => {
    document.body.style.backgroundColor = 'rgb(21, 32, 43)';
    expect(readTheme(document)).toBe('dark');
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(readTheme(document)).toBe('light');
  });

  it('then to the theme-color meta, then light', () => {
    expect(readTheme(document)).toBe('light');
    const meta = document.createElement('meta');
    meta.name = 'theme-color';
    meta.content = '#000000';
    document.head.append(meta);
    expect(readTheme(document)).toBe('dark');
  });
});
