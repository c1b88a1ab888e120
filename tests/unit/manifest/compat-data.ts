/**
 * What both version tests share: the extension APIs the sources call, the storage areas the stored
 * items use, and MDN's compatibility data (@mdn/browser-compat-data, the data addons-linter checks
 * with) to look them up in.
 */
import type { CompatData, Identifier, SimpleSupportStatement, SupportStatement } from '@mdn/browser-compat-data';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// 20 MB of JSON: read by Node (a fraction of a second), not transformed as a module.
const require = createRequire(import.meta.url);
export const bcd = require('@mdn/browser-compat-data') as CompatData;
const ROOT = resolve(import.meta.dirname, '../../..');

export type Browser = 'chrome' | 'firefox' | 'firefox_android';

function sourceFiles(dir: string, pattern = /\.tsx?$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}
const read = (paths: string[]) => paths.map((path) => readFileSync(path, 'utf8'));
const SOURCES = read([...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'entrypoints'))]);
/** The sources with their style sheets and HTML: where a web feature may be used. */
export const SOURCES_AND_STYLES = [
  ...SOURCES,
  ...read([...sourceFiles(join(ROOT, 'src'), /\.(css|html)$/), ...sourceFiles(join(ROOT, 'entrypoints'), /\.(css|html)$/)]),
];

/** `browser.<namespace>.<member>` anywhere in src/ and entrypoints/, as paths in MDN's data. */
export function calledApis(): string[] {
  const found = SOURCES.flatMap((code) => [...code.matchAll(/\bbrowser\.([a-z][A-Za-z0-9]*)\.([A-Za-z]+)\b/g)].map(([, ns, member]) => `api.${ns}.${member}`));
  return [...new Set(found)].sort();
}

/**
 * The storage areas our stored items use (`local:…` / `session:…` keys, src/state/stored-item.ts),
 * each with what WXT's storage driver calls on an area (read from WXT's own code: get, set,
 * remove, clear, and onChanged for watch; `storage.<area>.onChanged`, not `storage.onChanged`).
 */
export function usedStorage(): string[] {
  const areas = new Set(SOURCES.flatMap((code) => [...code.matchAll(/['"`](local|session):/g)].map(([, area]) => area!)));
  // wxt/utils/storage re-exports WXT's storage package, whose driver is what calls browser.storage.
  const reexport = readFileSync(fileURLToPath(import.meta.resolve('wxt/utils/storage')), 'utf8');
  const [, storagePackage] = /export \* from "([^"]+)"/.exec(reexport) ?? [];
  if (!storagePackage) throw new Error(`wxt/utils/storage no longer re-exports a package: ${reexport}`);
  const driver = readFileSync(fileURLToPath(import.meta.resolve(storagePackage)), 'utf8');
  const calls = new Set([...driver.matchAll(/getStorageArea\(\)\.(\w+)/g)].map(([, member]) => member!));
  return [...areas].flatMap((area) => [...calls].map((member) => `api.storage.${area}.${member}`)).sort();
}

/** A feature's compatibility entry: `api.tabs.query` is looked up under MDN's `webextensions`, a
 * web feature by its full path (`css.types.color.color-mix`). */
export function compatOf(feature: string, root: Identifier | CompatData = bcd.webextensions) {
  let node: Identifier | undefined = root as Identifier;
  for (const step of feature.split('.')) node = node?.[step];
  return node?.__compat;
}

/** The support statement that holds now: not removed, not behind a flag or another name. */
export function currentSupport(statement: SupportStatement | undefined): SimpleSupportStatement | undefined {
  const entries: SimpleSupportStatement[] = statement === undefined ? [] : Array.isArray(statement) ? statement : [statement];
  return entries.find((entry) => entry.version_removed === undefined && !entry.flags && !entry.prefix && !entry.alternative_name);
}

/** "142.0" → 142; MDN's "≤79" (supported by then, exact release unknown) → 79; "preview" → NaN. */
export const major = (version: string) => parseInt(version.replace(/^≤/, ''), 10);

/** What stands between a feature and a browser's release `min` (nothing: undefined). */
export function problem(
  feature: string,
  browser: Browser,
  min: string,
  { partial = {}, root }: { partial?: Readonly<Record<string, string>>; root?: Identifier | CompatData } = {},
): string | undefined {
  const compat = compatOf(feature, root);
  if (!compat) return `${feature}: not in MDN's data`;
  const support = currentSupport(compat.support[browser]);
  if (!support || support.version_added === false) return `${feature}: not supported in ${browser}`;
  if (!(major(support.version_added) <= major(min))) return `${feature}: ${browser} ${String(support.version_added)}, after ${min}`;
  if (support.partial_implementation && !(feature in partial)) return `${feature}: partial in ${browser} (${String(support.notes)})`;
  return undefined;
}
