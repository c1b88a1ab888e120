/**
 * The small surface the shared e2e suite needs from a browser, so one suite
 * runs in Chromium (playwright-core) and Firefox (puppeteer-core) alike.
 * Our UI lives in an *open* shadow root, so page scripts can inspect it.
 */
export interface Viewport {
  width: number;
  height: number;
}

export interface PageDriver {
  goto(url: string): Promise<void>;
  /** Runs a function in the page's main world; `arg` must be JSON. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<Awaited<T>>;
  /** A real mouse click on an element; `selector` may reach into our shadow root with `host >>> inner`. */
  click(selector: string): Promise<void>;
  /** A real mouse click at viewport coordinates (what a person hits there). */
  clickAt(x: number, y: number): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  press(key: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn` in the main world of every document this page loads from now on, before the page's
   * own scripts and ours (what X's earliest script could do). */
  beforeLoad<A = undefined>(fn: (arg: A) => void, arg?: A): Promise<void>;
  /** Uncaught errors and console errors and warnings seen in the page so far, in all its worlds:
   * the page's own and our content scripts' (both harnesses report these). */
  problems(): string[];
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  readonly name: 'chromium' | 'firefox';
  /** The extension's `runtime.id` (what WXT's event names carried). */
  readonly extensionId: string;
  newPage(viewport?: Viewport): Promise<PageDriver>;
  /** The toolbar popup, opened as a page (400×700 unless told: Firefox for Android shows it full screen).
   * `besides`: a page opened by newWindow(); the popup opens as a tab of that page's window, so it
   * belongs to that window, as the toolbar's popup belongs to the window it is clicked in. */
  openPopup(viewport?: Viewport, options?: { besides?: PageDriver }): Promise<PageDriver>;
  /** A second browser window, as a person opens one (Ctrl+N): its first tab, blank. */
  newWindow(viewport?: Viewport): Promise<PageDriver>;
  /** Everything stored by the extension (local and session areas). */
  extensionStorage(): Promise<Record<string, unknown>>;
  /** Empties the extension's storage (local and session areas), as on a fresh install: each test starts from it. */
  resetStorage(): Promise<void>;
  /** Hosts of every request the browser made while pages were open. */
  requestedUrls(): string[];
  /** Serious and critical axe-core violations inside `include` (all of the page by default). */
  axe?(page: PageDriver, include?: string): Promise<{ id: string; impact: string; targets: string[] }[]>;
  /** Light or dark, as the system would ask for it. */
  emulateColorScheme?(page: PageDriver, scheme: 'light' | 'dark'): Promise<void>;
  /** What the page put on the clipboard, where the harness may read it (Chromium). */
  readClipboard?(page: PageDriver): Promise<string>;
  /** Live DOM nodes and JS event listeners of a page after a full GC (Chromium's DevTools counters). */
  domCounters?(page: PageDriver): Promise<{ nodes: number; listeners: number }>;
  /** Paths of the extension's scripts that have run in the page, in any world (Chromium's DevTools). */
  extensionScripts?(page: PageDriver): Promise<string[]>;
  /** Reloads the extension as the browser does when it updates it (its onInstalled says "update");
   * resolves once the new copy's background runs. */
  reloadExtension(): Promise<void>;
  /** Closes and reopens the browser with the same profile, where supported. */
  restart?(): Promise<void>;
  close(): Promise<void>;
}

export const WIDE: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 390, height: 844 };

const HOST = 'x2fa-rescue';
export const inShadow = (inner: string) => `${HOST} >>> ${inner}`;
