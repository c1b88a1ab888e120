/**
 * Every note that rests on a fact about X's pages points at a file a reader can open (issue 22):
 * each `docs/x-facts.md F<n>` cited in the sources, tests and docs is a section of docs/x-facts.md,
 * and no file cites the facts by date ("facts 2026-12"), as the project's facts or notes, or by the
 * notes kept outside the repository, without naming that file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const FACTS = 'docs/x-facts.md';
const SELF = relative(ROOT, fileURLToPath(import.meta.url))
  .split(sep)
  .join('/');
const SCANNED = ['src', 'tests', 'entrypoints', 'bench', 'scripts', 'eslint-rules', 'README.md', 'CONTRIBUTING.md', 'PRIVACY.md'];
const TEXT_FILE = /\.(?:ts|tsx|js|mjs|cjs|md|html|css)$/;

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  let stat;
  try {
    stat = statSync(full);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return TEXT_FILE.test(path) ? [path] : [];
  return readdirSync(full).flatMap((name) => (name === 'node_modules' ? [] : filesUnder(`${path}/${name}`)));
}

const sources = SCANNED.flatMap(filesUnder)
  .filter((path) => path !== SELF)
  .map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));

const factsText = readFileSync(join(ROOT, FACTS), 'utf8');
const sections = [...factsText.matchAll(/^## (F\d+) · \S.*$/gm)].map((m) => m[1]!);

/** `docs/x-facts.md F3`, `x-facts.md F2, F4`, `x-facts.md F3 and F8`, `x-facts.md (F1 to F9, F14)`. */
const CITATION = /x-facts\.md[\s(]*(F\d+(?:(?:\s*,\s*|\s+and\s+|\s+to\s+|\s*–\s*)F\d+)*)/g;

/** The section ids a text cites, each with the line it is on. */
function citations(text: string): { id: string; line: number }[] {
  return [...text.matchAll(CITATION)].flatMap((m) => {
    const line = text.slice(0, m.index).split('\n').length;
    return m[1]!.match(/F\d+/g)!.map((id) => ({ id, line }));
  });
}

/** A citation of the facts that names no file: by date (over a line break too), as the project's, or the notes outside. */
const BARE: readonly RegExp[] = [
  /(?<![-\w])facts\b[^.]{0,40}?\b20\d\d-\d\d/gi,
  /\bproject(?:'s)? (?:facts|notes)\b/gi,
  /x-dom-facts|\/work\/shared\b|\.\.\/shared\//gi,
];

function bareCitations(text: string): string[] {
  return BARE.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[0])).filter((found) => !found.includes('x-facts.md'));
}

describe('docs/x-facts.md', () => {
  it('has numbered sections, each once, each with its short anchor', () => {
    expect(sections.length).toBeGreaterThan(10);
    expect(new Set(sections).size).toBe(sections.length);
    for (const id of sections) expect(factsText, id).toContain(`<a id="${id.toLowerCase()}"></a>`);
  });

  it('names a source and a date for every section', () => {
    const bodies = factsText.split(/^## F\d+ · /m).slice(1);
    expect(bodies).toHaveLength(sections.length);
    for (const [i, body] of bodies.entries()) expect(body, sections[i]).toMatch(/\*[^*\n]*(?:20\d\d-\d\d|unknown on X)[^*\n]*\*/);
  });
});

describe('citations of the facts', () => {
  it('are found in the sources and tests', () => {
    const cited = sources.filter(({ path }) => path.startsWith('src/') || path.startsWith('tests/')).flatMap(({ text }) => citations(text));
    expect(cited.length).toBeGreaterThan(40);
  });

  it('each name a section of docs/x-facts.md', () => {
    const missing = sources.flatMap(({ path, text }) =>
      citations(text)
        .filter(({ id }) => !sections.includes(id))
        .map(({ id, line }) => `${path}:${line} cites ${id}`),
    );
    expect(missing).toEqual([]);
  });

  it('never leave the file out', () => {
    const bare = sources.flatMap(({ path, text }) => bareCitations(text).map((found) => `${path}: ${JSON.stringify(found)}`));
    expect(bare).toEqual([]);
  });

  it('are read the way they are written, and a bare one is caught', () => {
    const ids = citations('a (docs/x-facts.md F3) b x-facts.md F2, F4 c x-facts.md F3 and F8 d x-facts.md (F1 to F9, F14)').map((c) => c.id);
    expect(ids).toEqual(['F3', 'F2', 'F4', 'F3', 'F8', 'F1', 'F9', 'F14']);
    for (const bare of [
      '(facts 2026-12)',
      'facts 2026-12-04',
      'unknown (facts\n * 2026-12-04): our guesses',
      'Facts 2026-12-04: Passkeys',
      'the facts (2026-12-04) say nothing',
      'as the facts describe it (2026-12-04, "What the live',
      'project facts revised 2026-12',
      "the project's notes on X's pages",
      'see /work/shared/x-dom-facts.md',
      'see ../shared/x-labels.json',
    ])
      expect(bareCitations(bare), bare).not.toEqual([]);
    for (const cited of [
      '(docs/x-facts.md F3)',
      'docs/x-facts.md F5, from code driving the live site (2026-08)',
      'the facts say *unknown*',
      'checked as facts (issue 20)',
    ])
      expect(bareCitations(cited), cited).toEqual([]);
  });
});
