/**
 * The replica of X's pages stays a set of modules a newcomer can read (issue 22): each file under a
 * size and type-checked (`// @ts-check`: the project does not check JS by default), the modules
 * importing each other flat from their folder (the test server serves `/__replica/<file>`, no
 * subfolders), and the entry, x-replica.js, holding no code: it re-exports what its importers use.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as replica from '../../fixtures/replica/x-replica.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIR = join(ROOT, 'tests/fixtures/replica');
const MAX_LINES = 600;

const modules = readdirSync(DIR).filter((name) => name.endsWith('.js'));
const source = (name: string) => readFileSync(join(DIR, name), 'utf8');

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return /\.(?:ts|tsx|js|mjs)$/.test(path) ? [path] : [];
  return readdirSync(full).flatMap((name) => (name === 'node_modules' ? [] : filesUnder(`${path}/${name}`)));
}

/** Every module specifier a replica file names: imports, re-exports and JSDoc `@import`s. */
function specifiers(text: string): string[] {
  return [...text.matchAll(/(?:^import|^export|@import)\b[^'"\n]*?from '([^']+)'/gm)].map((m) => m[1]!);
}

describe("the replica's modules", () => {
  it('are several, one per page family', () => {
    expect(modules.length).toBeGreaterThan(10);
  });

  it.each(modules)(`%s has at most ${MAX_LINES} lines and is type-checked`, (name) => {
    const text = source(name);
    expect(text.trimEnd().split('\n').length).toBeLessThanOrEqual(MAX_LINES);
    expect(text.startsWith('// @ts-check')).toBe(true);
  });

  it.each(modules)('%s imports only files of its own folder that exist (or node: in the server)', (name) => {
    for (const spec of specifiers(source(name))) {
      if (name === 'serve.js' && spec.startsWith('node:')) continue;
      expect(spec, `${name}: ${spec}`).toMatch(/^\.\/[\w-]+\.js$/);
      expect(existsSync(join(DIR, spec)), `${name}: ${spec}`).toBe(true);
    }
  });

  it('x-replica.js, the entry, holds only re-exports of the modules', () => {
    const code = source('x-replica.js')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\/\/.*$/gm, '')
      .trim()
      .split('\n');
    expect(code.length).toBeGreaterThan(0);
    for (const line of code) expect(line).toMatch(/^export \{ [\w, ]+ \} from '\.\/replica-[\w-]+\.js';$/);
  });

  it('x-replica.js exports everything its importers use', () => {
    // index.html boots the page in a browser.
    expect(source('index.html')).toContain("import { boot } from '/__replica/x-replica.js'");
    const used = new Set(['boot']);
    for (const path of ['tests', 'scripts', 'bench'].flatMap(filesUnder)) {
      const text = readFileSync(join(ROOT, path), 'utf8');
      for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'[^']*\/fixtures\/replica\/x-replica\.js'/g)) {
        for (const name of m[1]!.split(',')) if (name.trim()) used.add(name.trim());
      }
    }
    expect([...used]).toEqual(expect.arrayContaining(['renderScene', 'sceneFromUrl', 'SCENES']));
    expect(Object.keys(replica)).toEqual(expect.arrayContaining([...used]));
  });
});
