/**
 * The Chrome package declares Chrome from CHROME_MIN_VERSION (minimum_chrome_version). Every
 * extension API the sources call, the storage areas they use through WXT, the manifest keys the
 * package relies on, and the web features newer than Manifest V3's first Chrome must be there in
 * that release, according to MDN's compatibility data; and the release is the newest of them, so
 * it asks no more of the user's browser than the package needs.
 */
import { describe, expect, it } from 'vitest';
import { CHROME_MIN_VERSION } from '../../../src/manifest/chrome-version';
import { FIREFOX_ANDROID_MIN_VERSION, FIREFOX_MIN_VERSION } from '../../../src/manifest/firefox-versions';
import { bcd, calledApis, compatOf, currentSupport, major, problem, SOURCES_AND_STYLES, usedStorage } from './compat-data';

/** The manifest keys and permissions the Chrome package relies on (wxt.config.ts). */
const MANIFEST_KEYS = [
  'manifest.action',
  'manifest.action.default_popup',
  'manifest.background.service_worker',
  'manifest.host_permissions',
  'manifest.content_security_policy.extension_pages',
  'manifest.content_scripts',
  'manifest.default_locale',
  'manifest.icons',
  'manifest.permissions.storage',
  'manifest.permissions.scripting',
];

/**
 * The web features the code uses that came to Chrome after 88 (the first Chrome with Manifest V3),
 * each with what marks its use in src/ and entrypoints/ (code, style sheets, HTML): the test fails
 * when a mark is gone, so the list keeps no feature the code has stopped using. A feature the code
 * starts using goes here.
 */
const WEB_FEATURES: Readonly<Record<string, string>> = {
  'api.Element.checkVisibility.options_opacityProperty_parameter': 'opacityProperty',
  'api.Element.checkVisibility.options_visibilityProperty_parameter': 'visibilityProperty',
  'css.types.color.color-mix': 'color-mix(',
  'api.structuredClone': 'structuredClone(',
  'javascript.builtins.Object.hasOwn': 'Object.hasOwn(',
  'css.properties.accent-color': 'accent-color:',
  'api.EventTarget.addEventListener.options_parameter.options_signal_parameter': '{ signal }',
};

const webProblems = (browser: 'chrome' | 'firefox' | 'firefox_android', min: string) =>
  Object.keys(WEB_FEATURES)
    .map((feature) => problem(feature, browser, min, { root: bcd }))
    .filter(Boolean);

const chromeSince = (feature: string, root?: typeof bcd) => major(String(currentSupport(compatOf(feature, root)?.support.chrome)?.version_added));

describe('the Chrome version the package declares', () => {
  const extension = [...calledApis(), ...usedStorage(), ...MANIFEST_KEYS];

  it('the scans find the APIs the sources call, storage.session among them', () => {
    expect(extension).toEqual(expect.arrayContaining(['api.runtime.onMessage', 'api.scripting.executeScript', 'api.tabs.query', 'api.storage.session.get']));
  });

  it(`Chrome ${CHROME_MIN_VERSION} has every API the sources call and the manifest keys the package relies on`, () => {
    expect(extension.map((feature) => problem(feature, 'chrome', CHROME_MIN_VERSION)).filter(Boolean)).toEqual([]);
  });

  it.each(Object.entries(WEB_FEATURES))('%s is still used (%s)', (_, mark) => {
    expect(SOURCES_AND_STYLES.some((code) => code.includes(mark))).toBe(true);
  });

  it(`Chrome ${CHROME_MIN_VERSION} has the web features the code uses, and so do the Firefox releases the Firefox package declares`, () => {
    expect(webProblems('chrome', CHROME_MIN_VERSION)).toEqual([]);
    expect(webProblems('firefox', FIREFOX_MIN_VERSION)).toEqual([]);
    expect(webProblems('firefox_android', FIREFOX_ANDROID_MIN_VERSION)).toEqual([]);
  });

  it('is the release of the newest of them: no newer than the package needs', () => {
    const newest = Math.max(...extension.map((feature) => chromeSince(feature)), ...Object.keys(WEB_FEATURES).map((feature) => chromeSince(feature, bcd)));
    expect(newest).toBe(major(CHROME_MIN_VERSION));
  });

  it('the check has teeth: an older release fails it', () => {
    expect(problem('api.storage.session.get', 'chrome', '101')).toMatch(/after 101/);
    expect(webProblems('chrome', '120')).toEqual([expect.stringMatching(/opacityProperty.*after 120/), expect.stringMatching(/visibilityProperty.*after 120/)]);
  });
});
