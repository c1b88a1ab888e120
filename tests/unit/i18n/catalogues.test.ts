import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ASSISTANT_CATALOGUES, PAGE_CATALOGUES, POPUP_CATALOGUES, pageText, GUIDE_CATALOGUES } from '../../../src/i18n';
import { UI_LANGUAGES } from '../../../src/page/page-language';
import { X_LABELS } from '../../../src/page/x-labels';

describe('catalogues', () => {
  it.each([
    ['page', PAGE_CATALOGUES],
    ['popup', POPUP_CATALOGUES],
    ['assistant', ASSISTANT_CATALOGUES],
    ['guide', GUIDE_CATALOGUES],
  ] as const)('%s: every key exists, non-empty, in every language', (_, catalogues) => {
    const english = Object.keys(catalogues.en).sort();
    for (const [lang, catalogue] of Object.entries<Record<string, string>>(catalogues)) {
      expect(Object.keys(catalogue).sort(), lang).toEqual(english);
      for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('has a catalogue for each of the ten UI languages', () => {
    for (const catalogues of [PAGE_CATALOGUES, POPUP_CATALOGUES, ASSISTANT_CATALOGUES, GUIDE_CATALOGUES]) {
      expect(Object.keys(catalogues).sort()).toEqual([...UI_LANGUAGES].sort());
    }
  });

  it('uses the same placeholders as English, in every language', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const catalogues of [PAGE_CATALOGUES, POPUP_CATALOGUES, ASSISTANT_CATALOGUES, GUIDE_CATALOGUES]) {
      for (const lang of UI_LANGUAGES) {
        const catalogue: Readonly<Record<string, string>> = catalogues[lang];
        for (const [key, text] of Object.entries<string>(catalogues.en)) {
          expect(placeholders(catalogue[key] ?? ''), `${lang} ${key}`).toEqual(placeholders(text));
        }
      }
    }
  });

  it('quotes X’s items only in X’s own words for that language', () => {
    // A catalogue that names one of X's items in quotes must use X's label (src/page/x-labels.ts),
    // not a translation of the English: any quoted text that is X's label in another language, or
    // English's label on a non-English page where X has its own, is a mistranslation.
    const problems: string[] = [];
    const quoted = (text: string) => [...text.matchAll(/[“「«„"]([^”」»“"]+)[”」»“"]/g)].map((match) => match[1]!.trim());
    for (const lang of UI_LANGUAGES) {
      const own = new Set(Object.values(X_LABELS[lang]));
      const foreign = new Map<string, string>();
      for (const other of UI_LANGUAGES) {
        if (other === lang) continue;
        for (const [key, label] of Object.entries(X_LABELS[other])) if (!own.has(label)) foreign.set(label, `${other} ${key}`);
      }
      for (const catalogues of [PAGE_CATALOGUES, POPUP_CATALOGUES, ASSISTANT_CATALOGUES, GUIDE_CATALOGUES]) {
        for (const [key, text] of Object.entries<string>(catalogues[lang])) {
          for (const words of quoted(text)) if (foreign.has(words)) problems.push(`${lang} ${key}: “${words}” is X’s ${foreign.get(words)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(pageText('en')('places.sms.digits', { digits: '34' })).toContain('34');
    expect(pageText('ja')('places.sms.digits', { digits: '34' })).toContain('34');
    expect(pageText('en')('places.sms.digits')).toContain('{digits}');
  });

  it('keeps user-facing text out of components', () => {
    expect(literalTextIn(join(__dirname, '../../../src/ui'))).toEqual([]);
    expect(literalTextIn(join(__dirname, '../../../entrypoints'))).toEqual([]);
  });
});

/** JSX text with letters, and literal strings in attributes people read, in .tsx files. */
function literalTextIn(dir: string): string[] {
  const found: string[] = [];
  const readable = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);
  const visit = (node: ts.Node, file: string) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(`${file}: ${node.text.trim()}`);
    if (ts.isJsxAttribute(node) && readable.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer)) {
      found.push(`${file}: ${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, (child) => visit(child, file));
  };
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (!path.endsWith('.tsx') || statSync(path).isDirectory()) continue;
    visit(ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX), name);
  }
  return found;
}
