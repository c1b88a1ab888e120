/**
 * Dependencies between src/ folders point one way: no folder imports a folder that imports it
 * back, directly or through others. Type-only imports count too (they tie the folders' meaning).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The top-level folder of src/ a file belongs to ('page', 'ui', …). */
const folderOf = (file: string) => relative(SRC, file).split(sep)[0]!;

/** Folder → the folders it imports from. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"`;]*?from\s+['"](\.[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), spec!);
      if (!target.startsWith(SRC + sep)) continue;
      const to = folderOf(target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Every cycle, as a path of folder names (each cycle once, starting at its smallest name). */
function cycles(graph: Map<string, Set<string>>): string[] {
  const found = new Set<string>();
  const walk = (start: string, at: string, path: string[]) => {
    for (const next of graph.get(at) ?? []) {
      if (next === start) {
        const min = path.reduce((a, b) => (a < b ? a : b));
        const i = path.indexOf(min);
        found.add([...path.slice(i), ...path.slice(0, i), min].join(' → '));
      } else if (!path.includes(next) && next > start) walk(start, next, [...path, next]);
    }
  };
  for (const start of graph.keys()) walk(start, start, [start]);
  return [...found].sort();
}

describe('src/ folder dependencies', () => {
  it('form no cycle', () => {
    expect(cycles(folderGraph())).toEqual([]);
  });

  it('the check itself sees a cycle when there is one', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(cycles(graph)).toEqual(['a → b → c → a']);
  });
});
