/**
 * Light or dark, following X. X's dark variants (black, high-contrast black and
 * the retired "Dim" blue) are all "dark" for us.
 */
export type Theme = 'light' | 'dark';

/** X's declared theme names: the 2026 login frame sets `body[data-theme]` to light, dim or
 * dark (docs/x-facts.md F19, from code driving the live site 2026-08); other surfaces use `html`. */
const DECLARED: Readonly<Record<string, Theme>> = { light: 'light', dark: 'dark', dim: 'dark' };

export function readTheme(doc: Document): Theme {
  for (const el of [doc.body, doc.documentElement]) {
    const declared = DECLARED[el?.getAttribute('data-theme')?.trim().toLowerCase() ?? ''];
    if (declared) return declared;
  }
  const view = doc.defaultView;
  const body = doc.body;
  const background = body && view ? view.getComputedStyle(body).backgroundColor : '';
  const fromBody = themeOfColour(background);
  if (fromBody) return fromBody;
  const meta = doc.querySelector('meta[name="theme-color"]')?.getAttribute('content');
  return themeOfColour(meta ?? '') ?? 'light';
}

/** 'dark' or 'light' for a CSS colour, undefined when it cannot tell (e.g. transparent). */
export function themeOfColour(colour: string): Theme | undefined {
  const rgb = parseColour(colour.trim().toLowerCase());
  if (!rgb) return undefined;
  const [r, g, b, a] = rgb;
  if (a === 0) return undefined;
  // Relative luminance is overkill here: X's backgrounds are near black or near white.
  const brightness = (r * 299 + g * 587 + b * 114) / 1000;
  return brightness < 128 ? 'dark' : 'light';
}

function parseColour(colour: string): [number, number, number, number] | undefined {
  const fn = /^rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)(?:[\s,/]+(\d*\.?\d+)(%?))?\s*\)$/.exec(colour);
  if (fn) {
    const alpha = fn[4] === undefined ? 1 : Number(fn[4]) / (fn[5] ? 100 : 1);
    return [Number(fn[1]), Number(fn[2]), Number(fn[3]), alpha];
  }
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(colour)?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)).concat(1) as [number, number, number, number];
}
