/**
 * The oldest Chrome the Chrome package declares it runs on (wxt.config.ts → minimum_chrome_version):
 * the newest release among the features it uses, checked in MDN's compatibility data by
 * tests/unit/manifest/chrome-version.test.ts. 121: the first Chrome whose `checkVisibility` takes
 * `opacityProperty` and `visibilityProperty` (src/page/live.ts): an older one ignores them and
 * would take X's transparent, inactive login forms for the live step. `storage.session` needs 102.
 */
export const CHROME_MIN_VERSION = '121';
