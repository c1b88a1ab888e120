/** The README's pictures: each one it shows is there, and each one the demo wrote is shown. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIR = 'docs/screenshots';
const shown = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/\]\((docs\/screenshots\/[^)\s]+)\)/g)].map((m) => m[1]!);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('README screenshots', () => {
  it('shows pictures, in every language it names', () => {
    expect(shown.length).toBeGreaterThan(20);
    for (const lang of ['en', 'ja', 'es', 'pt', 'ko', 'ar'])
      expect(
        shown.some((path) => path.includes(`-${lang}`)),
        lang,
      ).toBe(true);
  });

  it.each(shown)('%s is a PNG in the repository', (path) => {
    expect(readFileSync(join(ROOT, path)).subarray(0, 8).equals(PNG)).toBe(true);
  });

  it('keeps no picture the README does not show', () => {
    const files = readdirSync(join(ROOT, DIR)).map((name) => `${DIR}/${name}`);
    expect(files.filter((file) => !shown.includes(file))).toEqual([]);
  });
});
