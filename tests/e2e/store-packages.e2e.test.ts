/** `npm run zip`: the three files the stores take, named with package.json's version. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LinterReport } from 'addons-linter';
import { describe, expect, it } from 'vitest';
import { addonsLint, lineOf } from './support/lint';

const ROOT = join(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** Every message of a lint, as sorted lines. */
const messagesOf = (report: LinterReport) => [...report.errors, ...report.notices, ...report.warnings].map(lineOf).sort();

function entries(zip: string): string[] {
  // python3 is on every machine of this kind; unzip may not be.
  const script = 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))';
  const listing = execFileSync('python3', ['-c', script, join(ROOT, '.output', zip)], { encoding: 'utf8' });
  return listing.split('\n').filter(Boolean);
}

describe('store packages', () => {
  it('builds the Chrome zip, the Firefox zip and the sources zip', () => {
    // Without vitest's NODE_ENV=test, which the build would otherwise take over (its development
    // branches kept: the UI 15 kB larger), and which every test after this one would then run on.
    const { NODE_ENV: _test, ...env } = process.env;
    execFileSync('npm', ['run', '--silent', 'zip'], { cwd: ROOT, stdio: 'pipe', env });
    for (const browser of ['chrome', 'firefox']) {
      const files = entries(`x2fa-rescue-${version}-${browser}.zip`);
      expect(files).toEqual(expect.arrayContaining(['manifest.json', 'background.js', 'popup.html', 'watcher.js', 'rescue-ui.js']));
    }
    const sources = entries(`x2fa-rescue-${version}-sources.zip`);
    expect(sources).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'src/page/classify.ts', 'README.md']));
    expect(sources.filter((file) => file.startsWith('docs/') || file.startsWith('node_modules/'))).toEqual([]);
  }, 120_000);

  it('the Firefox zip, the file addons.mozilla.org gets, lints as its folder does', async () => {
    // What the folder's lint may find is said in built-bundles.e2e.test.ts (addons-linter on the Firefox package).
    const zip = await addonsLint(join(ROOT, '.output', `x2fa-rescue-${version}-firefox.zip`));
    const folder = await addonsLint(join(ROOT, '.output/firefox-mv2'));
    expect(messagesOf(zip)).toEqual(messagesOf(folder));
    expect(zip.errors.map(lineOf)).toEqual([]);
  });
});
