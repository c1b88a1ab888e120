// @ts-check
/**
 * The one place that launches the real browsers: Debian's Chromium (playwright-core) and
 * Firefox ESR (puppeteer-core), with or without the built extension, answering X's hosts
 * from the replica and refusing everything else. Plain JS with JSDoc types (type-checked by
 * `tsc`) so that the TypeScript e2e drivers and the node scripts (bench/run.mjs,
 * scripts/demo.mjs) share it as is.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { isReplicaHost, replicaResponse } from '../../fixtures/replica/serve.js';

const ROOT = resolve(import.meta.dirname, '../../..');

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The built extension for each browser (`npm run build`). */
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');

/** Headless Chromium on a machine without network: no sandbox (containers), no GPU, no background traffic. */
const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
]);

/** No reaching out to Mozilla's services from the closed test network. */
const FIREFOX_PREFS = Object.freeze({
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
});

/** @typedef {{ width: number, height: number }} Viewport */
const WIDE = { width: 1280, height: 800 };

/**
 * @typedef {Object} ChromiumOptions
 * @property {string} [extensionDir] the unpacked extension to load; none: a plain browser
 * @property {string} [profile] user data dir to reuse (e.g. across a restart); the caller removes it.
 *   Without it, a fresh temporary profile, removed by the context's close().
 * @property {boolean} [headless] default true
 * @property {Viewport} [viewport] default 1280×800
 * @property {string} [locale] the browser's UI language (what `i18n.getUILanguage()` answers, e.g. 'es'); default Chromium's
 * @property {boolean} [reloadable] lets the DevTools protocol load the extension again (`Extensions.loadUnpacked`), as an update would
 */

/**
 * Starts Chromium on a persistent profile (the only way Chromium loads an unpacked extension).
 * @param {ChromiumOptions} [options]
 * @returns {Promise<import('playwright-core').BrowserContext>}
 */
export async function launchChromiumContext({ extensionDir, profile, headless = true, viewport = WIDE, locale, reloadable = false } = {}) {
  const userDataDir = profile ?? mkdtempSync(join(tmpdir(), 'x2fa-chromium-'));
  const extensionArgs = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...(reloadable ? ['--enable-unsafe-extension-debugging'] : [])]
    : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport,
    ...(locale ? { locale } : {}),
    args: [...extensionArgs, ...CHROMIUM_ARGS],
  });
  if (!profile) {
    // The temporary profile goes with the browser: removed once close() has ended Chromium
    // (not on the 'close' event, which comes while Chromium is still writing to it).
    const close = context.close.bind(context);
    context.close = async (...args) => {
      await close(...args);
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    };
  }
  return context;
}

/**
 * Answers X's hosts from the replica and refuses every other web request; the extension's own
 * pages and files (chrome-extension:, data:, …) pass.
 * @param {import('playwright-core').BrowserContext} context
 * @param {Record<string, string>} [extraPages] path → HTML served on X's hosts too (the demo's index)
 */
export async function serveReplica(context, extraPages) {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!/^(https?|wss?):/.test(url)) return route.continue();
    if (!isReplicaHost(url)) return route.abort('blockedbyclient');
    const { status, contentType, body } = replicaResponse(url, extraPages);
    return route.fulfill({ status, contentType, body });
  });
}

/**
 * The extension's service worker (MV3 background), once it has started.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function extensionWorker(context) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * The address of one of the extension's pages in Chromium, e.g. `popup.html`.
 * @param {import('playwright-core').Worker} worker
 * @param {string} file
 */
export function chromeExtensionUrl(worker, file) {
  return `chrome-extension://${new URL(worker.url()).host}/${file}`;
}

/**
 * Starts Firefox ESR (WebDriver BiDi) and installs the extension as a temporary add-on.
 * @param {{ extensionDir?: string, viewport?: Viewport, uuids?: Record<string, string> }} [options]
 *   uuids: gecko id → the moz-extension host to give it, so its pages have a known address
 * @returns {Promise<import('puppeteer-core').Browser>}
 */
export async function launchFirefoxBrowser({ extensionDir, viewport = WIDE, uuids = {} } = {}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: viewport,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify(uuids), ...FIREFOX_PREFS },
  });
  if (extensionDir) await browser.installExtension(extensionDir);
  return browser;
}

/**
 * Serves X's hosts from the replica in one Firefox page and refuses everything else.
 * @param {import('puppeteer-core').Page} page
 * @param {(url: string) => void} [onRequest] sees every request the page makes
 */
export async function serveReplicaInPage(page, onRequest = () => {}) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    onRequest(url);
    if (request.isInterceptResolutionHandled()) return;
    // A request the page cancelled meanwhile (a navigation replaced it, as X's redirect does)
    // can no longer be answered: nothing is lost, so the refusal is ignored.
    const gone = () => {};
    if (!isReplicaHost(url)) return void request.abort('blockedbyclient').catch(gone);
    const { status, contentType, body } = replicaResponse(url);
    return void request.respond({ status, contentType, body }).catch(gone);
  });
}
