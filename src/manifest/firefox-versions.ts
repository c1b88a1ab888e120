/**
 * The oldest Firefox releases the Firefox package declares it runs on
 * (wxt.config.ts → browser_specific_settings). The tests check every extension
 * API the sources call against these, in MDN's compatibility data
 * (tests/unit/manifest/firefox-versions.test.ts), and the built package with
 * Mozilla's addons-linter (tests/e2e/built-bundles.e2e.test.ts).
 */

/** 140: the first Firefox that knows `data_collection_permissions`. */
export const FIREFOX_MIN_VERSION = '140.0';

/** 142: the first Firefox for Android that knows `data_collection_permissions`. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';
