import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ASSISTANT_CATALOGUES, PAGE_CATALOGUES, POPUP_CATALOGUES, pageText, GUIDE_CATALOGUES } from '../../../src/i18n';

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

  it('uses the same placeholders in every language', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const catalogues of [PAGE_CATALOGUES, POPUP_CATALOGUES, ASSISTANT_CATALOGUES, GUIDE_CATALOGUES]) {
      for (const [key, text] of Object.entries(catalogues.en)) {
        expect(placeholders(catalogues.ja[key as keyof typeof catalogues.ja]), key).toEqual(placeholders(text));
      }
    }
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
