import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { CHROME_MIN_VERSION } from './src/manifest/chrome-version';
import { FIREFOX_ANDROID_MIN_VERSION, FIREFOX_MIN_VERSION } from './src/manifest/firefox-versions';
import { X_HOST_MATCHES } from './src/page/hosts';
// See README "Permissions" for why each entry is here.

/** The script on every x.com page (entrypoints/watcher.ts), built as watcher.js. */
const WATCHER = 'watcher';
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // Every icon size is drawn from this one SVG at build time.
  autoIcons: { baseIconPath: 'assets/icon.svg', developmentIndicator: false },
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  manifest: ({ browser }) => ({
    // Name and description in the browser's language (public/_locales); store listings in store/.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the background injects the in-page UI where the watcher finds a relevant page.
    permissions: ['storage', 'scripting'],
    // The same hosts the watcher runs on (no new install warning): executeScript needs them.
    host_permissions: [...X_HOST_MATCHES],
    // The watcher is an unlisted script declared here rather than WXT's content script, whose
    // context announces itself to every page and stops when the page says so (src/watcher/lifetime.ts).
    content_scripts: [{ matches: [...X_HOST_MATCHES], js: [`${WATCHER}.js`], run_at: 'document_idle' }],
    // Only the extension's own scripts run in its pages; nothing from elsewhere.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'; base-uri 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
    // Content scripts declare their own matches; no other host access is needed.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: '2fa-rescue-for-x@x2fa-rescue',
              // The first Firefox (and Firefox for Android) that knows data_collection_permissions.
              strict_min_version: FIREFOX_MIN_VERSION,
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
          },
        }
      : // The newest Chrome feature the package uses (src/manifest/chrome-version.ts says which).
        { minimum_chrome_version: CHROME_MIN_VERSION }),
  }),
  // The sources zip is for the add-on store's reviewers: what builds the package, not pictures.
  // `npm run dev`: Debian's browsers where they are installed; as root (CI machines, containers)
  // Chromium refuses to start without --no-sandbox. Without a display (a server), no browser is
  // opened: the dev build still rebuilds on every change, to be loaded by hand.
  webExt: {
    disabled: process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY,
    binaries: {
      ...(existsSync('/usr/bin/chromium') ? { chrome: '/usr/bin/chromium' } : {}),
      ...(existsSync('/usr/bin/firefox-esr') ? { firefox: '/usr/bin/firefox-esr' } : {}),
    },
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  hooks: {
    // The watcher runs on every x.com page and calls only runtime.sendMessage / onMessage, which both
    // browsers offer with promises: it is built against the browsers' own API, not the polyfill
    // (2.8 kB gzip). Every other bundle keeps the polyfill, as WXT's module sets it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.name === WATCHER)) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  zip: { excludeSources: ['docs/**', '.scratch/**', 'coverage/**'] },
  vite: () => ({
    // Terser packs the content script ~1 kB (gzip) smaller than esbuild; it is loaded on every x.com page.
    // No modulepreload polyfill: extension pages need it not, and it is a fetch() we would have to explain.
    build: { minify: 'terser', terserOptions: { compress: { passes: 2 } }, modulePreload: { polyfill: false } },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
