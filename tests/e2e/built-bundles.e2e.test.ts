/**
 * What the stores' reviewers look at, checked on the built packages: every URL
 * in the bundles, requests the code could make, the manifests' permissions.
 */
import type { LinterMessage } from 'addons-linter';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { POPUP_CATALOGUES } from '../../src/i18n';
import { CHROME_MIN_VERSION } from '../../src/manifest/chrome-version';
import { FIREFOX_ANDROID_MIN_VERSION, FIREFOX_MIN_VERSION } from '../../src/manifest/firefox-versions';
import { UI_LANGUAGES } from '../../src/page/page-language';
import { addonsLint, lineOf } from './support/lint';

const OUTPUT = join(import.meta.dirname, '../../.output');
const TARGETS = ['chrome-mv3', 'firefox-mv2'] as const;

/** Hosts the extension may link to (X and its help centre). */
const ALLOWED_HOSTS = new Set(['x.com', 'mobile.x.com', 'twitter.com', 'mobile.twitter.com', 'help.x.com', 'help.twitter.com', 'support.x.com']);
/** URLs that are library strings, never requested or shown as links. */
const LIBRARY_STRINGS: Record<string, string> = {
  'http://www.w3.org': 'XML namespaces (Preact creating SVG elements)',
  'http://json-schema.org': 'schema identifiers in zod’s JSON Schema export',
  'https://json-schema.org': 'schema identifiers in zod’s JSON Schema export',
  'https://github.com': 'an error message of the browser polyfill loader',
  'https://wxt.dev': 'an error message of WXT’s browser loader',
};

/**
 * The keys of the built manifests that these tests read, in the shapes the tests expect (an
 * assertion on JSON.parse's result, not a check: the tests below check the values).
 */
interface BuiltManifest {
  manifest_version: number;
  name: string;
  version: string;
  default_locale?: string;
  icons: Record<string, string>;
  permissions: string[];
  /** MV3 only; MV2 lists hosts in `permissions` */
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts: { matches: string[]; js: string[]; run_at?: string; all_frames?: boolean }[];
  web_accessible_resources?: unknown[];
  /** a string in MV2, an object in MV3 */
  content_security_policy: string | { extension_pages: string };
  background?: { service_worker?: string };
  action?: { default_popup?: string };
  /** Chrome only */
  minimum_chrome_version?: string;
  browser_action?: { default_popup?: string };
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown };
    gecko_android?: { strict_min_version?: string };
  };
}

/** The entries of a _locales/<lang>/messages.json these tests read. */
interface LocaleMessages {
  extName: { message: string };
  extDescription: { message: string };
}

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : /\.(js|html|json|css)$/.test(name) ? [path] : [];
  });
}

/** Our own code never writes HTML from a string, so the linter's innerHTML warnings are Preact's. */
const WRITES_HTML = /\.(?:inner|outer)HTML\s*(?:=(?!=)|\+=)|dangerouslySetInnerHTML|insertAdjacentHTML|createContextualFragment|document\.write/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The code a message points at: its line from its column on. */
function codeAt(dir: string, message: LinterMessage): string {
  const line = readFileSync(join(dir, message.file ?? ''), 'utf8').split('\n')[(message.line ?? 1) - 1] ?? '';
  return line.slice((message.column ?? 1) - 1, (message.column ?? 1) + 40);
}

/**
 * addons-linter 10.13.0 (Mozilla's own checks, with MDN's compatibility data 8.1.0) on the package
 * for Firefox and Firefox for Android. What the built bundles call is checked against the same
 * data in tests/unit/manifest/firefox-versions.test.ts: minified, the calls are hidden from the linter.
 */
describe('addons-linter on the Firefox package', () => {
  const dir = join(OUTPUT, 'firefox-mv2');

  it('finds no error, no notice, nothing about Firefox for Android or minimum versions, and only Preact’s innerHTML', async () => {
    const report = await addonsLint(dir);
    const all = [...report.errors, ...report.notices, ...report.warnings];
    expect(all.filter((message) => /ANDROID|UNSUPPORTED_BY_MIN_VERSION|INCOMPATIBLE/.test(message.code)).map(lineOf)).toEqual([]);
    expect(report.errors.map(lineOf)).toEqual([]);
    expect(report.notices.map(lineOf)).toEqual([]);
    // The one kind of warning: "Unsafe assignment to innerHTML", where Preact's diff sets
    // dangerouslySetInnerHTML's __html (`e.innerHTML=u.__html`), once in each bundle that has Preact:
    // the in-page UI and the popup; never the watcher on every x.com page. Our components never
    // pass dangerouslySetInnerHTML (the next test), so that line never runs.
    for (const warning of report.warnings) {
      expect(warning.code, lineOf(warning)).toBe('UNSAFE_VAR_ASSIGNMENT');
      expect(warning.message, lineOf(warning)).toBe('Unsafe assignment to innerHTML');
      expect(codeAt(dir, warning), lineOf(warning)).toMatch(/^[\w$]+\.innerHTML=[\w$]+\.__html\b/);
    }
    expect(report.warnings.map((warning) => warning.file).sort()).toEqual([expect.stringMatching(/^chunks\/popup-[\w-]+\.js$/), 'rescue-ui.js']);
  }, 60_000);

  it('our own code never writes HTML from a string (so the innerHTML warnings are Preact’s code, unused)', () => {
    const root = join(import.meta.dirname, '../..');
    const writers = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'entrypoints'))].filter((file) =>
      WRITES_HTML.test(readFileSync(file, 'utf8')),
    );
    expect(writers).toEqual([]);
    // The pattern itself catches each way of writing HTML.
    for (const code of [
      'el.innerHTML = html',
      'el.outerHTML += html',
      '<div dangerouslySetInnerHTML={x} />',
      'el.insertAdjacentHTML("beforeend", html)',
      'document.write(html)',
    ]) {
      expect(code).toMatch(WRITES_HTML);
    }
    expect('if (el.innerHTML === "") read(el.innerHTML)').not.toMatch(WRITES_HTML);
  });

  it('the check has teeth: the same package declaring Firefox for Android 79 is told what 79 lacks', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'x2fa-android-'));
    try {
      cpSync(dir, copy, { recursive: true });
      const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as {
        browser_specific_settings: { gecko_android: { strict_min_version: string } };
      };
      manifest.browser_specific_settings.gecko_android.strict_min_version = '79.0';
      writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
      const report = await addonsLint(copy);
      const codes = [...report.errors, ...report.notices, ...report.warnings].map((message) => message.code);
      // data_collection_permissions came in 142, gecko_android itself in 113, the scripting permission in 102.
      expect(codes).toContain('KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION');
      expect(codes).toContain('PERMISSION_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the Chrome manifest', () => {
  it('passes a schema check: it type-checks as chrome.runtime.ManifestV3 (@types/chrome)', () => {
    const manifest = readFileSync(join(OUTPUT, 'chrome-mv3/manifest.json'), 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'x2fa-manifest-'));
    const file = join(dir, 'manifest-check.ts');
    // Known keys must have the right types and values (the type allows extra keys, so typos are the next test's job).
    writeFileSync(file, `export const manifest = ${manifest} satisfies chrome.runtime.ManifestV3;\n`);
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      types: ['chrome'],
      typeRoots: [join(import.meta.dirname, '../../node_modules/@types')],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    rmSync(dir, { recursive: true, force: true });
    expect(problems).toEqual([]);
  });

  it('the check has teeth: a value of the wrong type or version fails it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'x2fa-manifest-'));
    const file = join(dir, 'manifest-check.ts');
    writeFileSync(
      file,
      `export const manifest = { manifest_version: 2, name: 'x', version: '1', permissions: 'storage' } satisfies chrome.runtime.ManifestV3;\n`,
    );
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      types: ['chrome'],
      typeRoots: [join(import.meta.dirname, '../../node_modules/@types')],
    });
    expect(ts.getPreEmitDiagnostics(program).length).toBeGreaterThan(0);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe.each(TARGETS)('the built %s package', (target) => {
  const dir = join(OUTPUT, target);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BuiltManifest;

  it('links only to X and its help centre', () => {
    const strange: string[] = [];
    for (const file of filesOf(dir)) {
      for (const [url] of readFileSync(file, 'utf8').matchAll(/https?:\/\/[A-Za-z0-9.-]+/g)) {
        const host = new URL(url).host;
        if (!ALLOWED_HOSTS.has(host) && !(url in LIBRARY_STRINGS)) strange.push(`${file.slice(dir.length)}: ${url}`);
      }
    }
    expect(strange).toEqual([]);
  });

  it('has no way to make requests or run code from strings', () => {
    for (const file of filesOf(dir).filter((path) => path.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|importScripts|\beval\(/);
      // zod/mini, told not to try its JIT (src/state/zod.ts), leaves no `new Function` probe behind.
      expect(code, file).not.toMatch(/new Function|\bFunction\(/);
    }
  });

  it('asks for storage, scripting and the four X hosts, nothing more', () => {
    const hosts = ['https://mobile.twitter.com/*', 'https://mobile.x.com/*', 'https://twitter.com/*', 'https://x.com/*'];
    // scripting + the hosts the watcher already runs on: the background injects the UI there (no new install warning).
    const apis = manifest.permissions.filter((permission) => !permission.includes('://'));
    const granted = [...(manifest.host_permissions ?? []), ...manifest.permissions.filter((permission) => permission.includes('://'))];
    expect(apis).toEqual(['storage', 'scripting']);
    expect(granted.sort()).toEqual(hosts);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts).toHaveLength(1);
    expect([...(manifest.content_scripts[0]?.matches ?? [])].sort()).toEqual([
      'https://mobile.twitter.com/*',
      'https://mobile.x.com/*',
      'https://twitter.com/*',
      'https://x.com/*',
    ]);
    // The watcher alone, in the top frame; the same file the background puts back into open tabs after an update.
    expect(manifest.content_scripts[0]).toMatchObject({ js: ['watcher.js'], run_at: 'document_idle' });
    expect(manifest.content_scripts[0]?.all_frames).toBeUndefined();
    expect(existsSync(join(dir, 'watcher.js'))).toBe(true);
    // Chrome's background puts the watcher back into open tabs after an update; Firefox does it itself.
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    if (target === 'chrome-mv3') expect(background).toContain('files:["/watcher.js"]');
    else expect(background).not.toContain('/watcher.js');
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('declares a strict content security policy for its own pages', () => {
    const csp = typeof manifest.content_security_policy === 'string' ? manifest.content_security_policy : manifest.content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
  });

  it('has the shape its store expects', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.default_locale).toBe('en');
    const locales = readdirSync(join(dir, '_locales'));
    // The ten UI languages, Portuguese and Spanish under the codes Chrome knows for them.
    expect(locales.sort()).toEqual(['ar', 'de', 'en', 'es', 'es_419', 'fr', 'id', 'ja', 'ko', 'pt_BR', 'pt_PT', 'tr']);
    for (const lang of locales) {
      const messages = JSON.parse(readFileSync(join(dir, '_locales', lang, 'messages.json'), 'utf8')) as LocaleMessages;
      expect(messages.extName.message).toBe('2FA Rescue for X');
      // The stores limit descriptions to 132 characters.
      expect([...messages.extDescription.message].length).toBeLessThanOrEqual(132);
    }
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    // Every top-level key is one its browser knows (catches typos the type check lets through).
    const known = [
      'manifest_version',
      'name',
      'description',
      'version',
      'default_locale',
      'icons',
      'permissions',
      'content_scripts',
      'content_security_policy',
      'background',
    ];
    const perBrowser = target === 'chrome-mv3' ? ['action', 'host_permissions', 'minimum_chrome_version'] : ['browser_action', 'browser_specific_settings'];
    expect(Object.keys(manifest).filter((key) => ![...known, ...perBrowser].includes(key))).toEqual([]);
    if (target === 'chrome-mv3') {
      expect(manifest.manifest_version).toBe(3);
      expect(manifest.background?.service_worker).toBe('background.js');
      expect(manifest.action?.default_popup).toBe('popup.html');
      // The release whose features tests/unit/manifest/chrome-version.test.ts checks.
      expect(manifest.minimum_chrome_version).toBe(CHROME_MIN_VERSION);
    } else {
      expect(manifest.manifest_version).toBe(2);
      expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/@/);
      expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
      // The releases whose APIs tests/unit/manifest/firefox-versions.test.ts checks.
      expect(manifest.browser_specific_settings?.gecko?.strict_min_version).toBe(FIREFOX_MIN_VERSION);
      expect(manifest.browser_specific_settings?.gecko_android?.strict_min_version).toBe(FIREFOX_ANDROID_MIN_VERSION);
      expect(manifest.browser_action?.default_popup).toBe('popup.html');
    }
  });
});

describe('the budgets of the scripts on x.com', () => {
  /** Gzip at level 9, as the README's figures are counted. */
  const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

  describe.each(TARGETS)('%s', (target) => {
    const dir = join(OUTPUT, target);

    it('keeps the watcher, injected into every x.com page, within 3 kB gzip (it routes and watches; the classifier is in the UI)', () => {
      expect(gzipped(join(dir, 'watcher.js'))).toBeLessThanOrEqual(3 * 1024);
    });

    it('keeps the polyfill, zod and every text catalogue out of the watcher', () => {
      const watcher = readFileSync(join(dir, 'watcher.js'), 'utf8');
      expect(watcher).not.toMatch(/webextension-polyfill|singleCallbackArg/); // the polyfill's own names
      // Not WXT's content-script context, which announces itself to the page (src/watcher/lifetime.ts).
      expect(watcher).not.toMatch(/content-script-started|wxt:locationchange|postMessage/);
      expect(watcher).not.toMatch(/ZodError|_zod/);
      expect(watcher).not.toContain('panel.title'); // a key of the in-page catalogue
    });

    it('keeps the UI, loaded only where it helps, within 48 kB gzip', () => {
      expect(gzipped(join(dir, 'rescue-ui.js'))).toBeLessThanOrEqual(48 * 1024);
    });
  });
});

describe('the popup’s bundle', () => {
  const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
  const others = UI_LANGUAGES.filter((lang) => lang !== 'en');

  describe.each(TARGETS)('%s', (target) => {
    const dir = join(OUTPUT, target);
    // The entry popup.html loads; the languages' chunks sit beside it.
    const entryPath = /<script type="module"[^>]* src="\/([^"]+\.js)"/.exec(readFileSync(join(dir, 'popup.html'), 'utf8'))?.[1] ?? 'no entry in popup.html';
    const entry = readFileSync(join(dir, entryPath), 'utf8');
    const chunks = readdirSync(join(dir, 'chunks')).map((name) => `chunks/${name}`);

    it('keeps its entry, the script the popup opens with, within 25 kB gzip', () => {
      expect(gzipped(join(dir, entryPath))).toBeLessThanOrEqual(25 * 1024);
    });

    it('carries English in its entry and no other language’s texts, nor the in-page catalogues', () => {
      expect(entry).toContain(POPUP_CATALOGUES.en['popup.intro']);
      for (const lang of others) {
        for (const key of ['popup.intro', 'popup.guides.intro', 'check.app.body'] as const)
          expect(entry, `${lang} ${key}`).not.toContain(POPUP_CATALOGUES[lang][key]);
      }
      expect(entry).not.toContain('panel.title'); // a key of the in-page catalogue
    });

    it.each(others)('has %s in a chunk of its own, the popup’s section only, imported by the entry', (lang) => {
      const holding = chunks.filter((chunk) => readFileSync(join(dir, chunk), 'utf8').includes(POPUP_CATALOGUES[lang]['popup.intro']));
      expect(holding).toEqual([expect.stringMatching(new RegExp(`^chunks/${lang}-[\\w-]+\\.js$`))]);
      const chunk = readFileSync(join(dir, holding[0]!), 'utf8');
      expect(entry).toContain(`import("./${holding[0]!.slice('chunks/'.length)}")`);
      for (const other of UI_LANGUAGES.filter((each) => each !== lang)) expect(chunk, other).not.toContain(POPUP_CATALOGUES[other]['popup.intro']);
      expect(chunk).not.toMatch(/panel\.title|plan\.title|guide\.title/); // the page's, assistant's and guides' sections stay out
      expect(chunk).not.toMatch(/^import|\bimport\(/m); // nothing more to load
      expect(gzipped(join(dir, holding[0]!))).toBeLessThanOrEqual(2.5 * 1024);
    });
  });
});
