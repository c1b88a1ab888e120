/**
 * The Firefox package declares Firefox from FIREFOX_MIN_VERSION and Firefox for Android from
 * FIREFOX_ANDROID_MIN_VERSION. Every extension API the sources call, the storage areas they use
 * through WXT, and the manifest keys the package relies on must be there in those releases,
 * according to MDN's compatibility data (@mdn/browser-compat-data, the data addons-linter
 * checks with). addons-linter runs on the built package too (tests/e2e/built-bundles.e2e.test.ts),
 * but it cannot see these calls there: minified, `browser.tabs.query` becomes `n.tabs.query`.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FIREFOX_ANDROID_MIN_VERSION, FIREFOX_MIN_VERSION } from '../../../src/manifest/firefox-versions';
import { bcd, calledApis, compatOf, currentSupport, problem as problemIn, usedStorage } from './compat-data';

const require = createRequire(import.meta.url);

type Browser = 'firefox' | 'firefox_android';
const MIN_VERSION: Readonly<Record<Browser, string>> = { firefox: FIREFOX_MIN_VERSION, firefox_android: FIREFOX_ANDROID_MIN_VERSION };

/**
 * Features MDN marks as partly implemented, allowed with the reason the gap does not touch us.
 * Any other partial implementation fails the test; an entry here that is no longer partial does too.
 */
const PARTIAL: Readonly<Record<Browser, Readonly<Record<string, string>>>> = {
  firefox: {},
  firefox_android: {
    // MDN: "May only return a subset of the matching tabs open in Firefox for Android" (bug 1583281:
    // tabs that are not loaded are left out).
    'api.tabs.query':
      'the popup asks for the active tab of its window, which is loaded; start-guide-in-tab asks for the tabs of that ' +
      'window and keeps those whose content script answers a ping: a tab left out is not loaded and could not answer ' +
      'either. At worst a new x.com tab opens, the fallback anyway.',
  },
};

/** What the scans below must find at least, so that a scan finding nothing fails. */
const KNOWN_APIS = [
  'api.i18n.getUILanguage',
  'api.runtime.onMessage',
  'api.runtime.sendMessage',
  'api.scripting.executeScript',
  'api.tabs.create',
  'api.tabs.onRemoved',
  'api.tabs.query',
  'api.tabs.sendMessage',
  'api.tabs.update',
];
const KNOWN_STORAGE = ['api.storage.local.get', 'api.storage.local.onChanged', 'api.storage.session.get', 'api.storage.session.onChanged'];

/**
 * The manifest keys the package relies on in both browsers. The popup is the extension's UI on
 * Android (opened as a full page). Every key of the built manifest also goes through addons-linter's
 * own check against this data (KEY_/PERMISSION_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION).
 */
const MANIFEST_KEYS = [
  'manifest.browser_action',
  'manifest.browser_action.default_popup',
  'manifest.browser_specific_settings.gecko.data_collection_permissions',
  'manifest.permissions.storage',
  'manifest.permissions.scripting',
  'manifest.content_scripts',
  'manifest.background.scripts',
];
/** A key Firefox for Android reads and desktop Firefox ignores. */
const ANDROID_ONLY_KEYS = ['manifest.browser_specific_settings.gecko_android'];

/** What stands between a feature and a browser's declared release (nothing: undefined). */
const problem = (feature: string, browser: Browser, min = MIN_VERSION[browser], partial = PARTIAL[browser]) => problemIn(feature, browser, min, { partial });

const problems = (features: string[], browser: Browser) => features.map((feature) => problem(feature, browser)).filter(Boolean);

describe('the Firefox versions the package declares', () => {
  const apis = calledApis();
  const storage = usedStorage();

  it('the scans find every API the sources call and the storage areas the stored items use', () => {
    expect(apis).toEqual(expect.arrayContaining(KNOWN_APIS));
    expect(storage).toEqual(expect.arrayContaining(KNOWN_STORAGE));
  });

  it.each(['firefox', 'firefox_android'] as const)('%s has every API the sources call', (browser) => {
    expect(problems([...apis, ...storage], browser)).toEqual([]);
  });

  it.each(['firefox', 'firefox_android'] as const)('%s has the manifest keys the package relies on', (browser) => {
    expect(problems([...MANIFEST_KEYS, ...(browser === 'firefox_android' ? ANDROID_ONLY_KEYS : [])], browser)).toEqual([]);
  });

  it('the allowed partial implementations are used, and partial in MDN’s data', () => {
    for (const browser of ['firefox', 'firefox_android'] as const) {
      for (const feature of Object.keys(PARTIAL[browser])) {
        expect(apis, feature).toContain(feature);
        expect(currentSupport(compatOf(feature)?.support[browser])?.partial_implementation, feature).toBe(true);
      }
    }
  });

  it('is the data addons-linter checks with (the same release of it)', () => {
    const linter = require('addons-linter/package.json') as { dependencies: Record<string, string> };
    expect(linter.dependencies['@mdn/browser-compat-data']).toBe(bcd.__meta.version);
  });

  it('the check has teeth: an older release, an unknown API, a missing one and a partial one fail it', () => {
    // storage.session came to both in 115; scripting in 102.
    expect(problem('api.storage.session.get', 'firefox_android', '114.0')).toMatch(/after 114/);
    expect(problem('api.scripting.executeScript', 'firefox', '101.0')).toMatch(/after 101/);
    expect(problem('api.tabs.notAnApi', 'firefox')).toMatch(/not in MDN/);
    // Firefox for Android has no sidebar.
    expect(problem('api.sidebarAction.open', 'firefox_android')).toMatch(/not supported/);
    // tabs.query in Firefox for Android 54–68 (Fennec) was removed; from 85 it is back, partly.
    expect(problem('api.tabs.query', 'firefox_android', '79.0')).toMatch(/after 79/);
    expect(problem('api.tabs.query', 'firefox_android', FIREFOX_ANDROID_MIN_VERSION, {})).toMatch(/partial/);
  });
});
