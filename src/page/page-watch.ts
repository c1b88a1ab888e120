/**
 * Tells when the page may have changed in a way that matters: SPA navigation
 * (pushState, popstate, hash change), DOM changes, and theme/language switches.
 * Per mutation it does one string comparison and at most schedules a check;
 * on pages that cannot be relevant it does nothing more.
 */
import { mayBeRelevant } from './routes';

export interface PageWatchOptions {
  win: Window;
  signal: AbortSignal;
  /** Asked first at every change; once false, nothing more runs (the extension was updated under
   * this copy: its lifetime aborts `signal`, which disconnects the observers). Default: not aborted. */
  alive?: () => boolean;
  /** Runs with the current URL: at once after a quiet spell, then at most once per `delay` ms. */
  onCheck: (url: URL) => void;
  /** Pages worth re-checking on DOM changes; default: login and settings pages. */
  relevant?: (url: URL) => boolean;
  delay?: number;
}

export interface PageWatch {
  /** Asks for a check soon (coalesced with any pending one). */
  schedule(): void;
}

/** Attributes on <html>/<body> through which X switches language and theme. */
const ROOT_ATTRIBUTES = ['lang', 'dir', 'data-theme', 'style', 'class'];

export function watchPage({
  win,
  signal,
  alive = () => !signal.aborted,
  onCheck,
  relevant: isRelevant = mayBeRelevant,
  delay = 50,
}: PageWatchOptions): PageWatch {
  const doc = win.document;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastHref = '';
  let relevant = false;
  let lastRun = -Infinity;

  const run = () => {
    timer = undefined;
    lastRun = Date.now();
    if (!alive()) return;
    const url = new URL(win.location.href);
    lastHref = url.href;
    relevant = isRelevant(url);
    onCheck(url);
  };
  // The first change after a quiet spell is checked in the next task (the panel can appear in the
  // frame X draws its step); a burst of changes after it waits out the rest of `delay`.
  const schedule = () => {
    if (timer === undefined && alive()) timer = setTimeout(run, Math.max(0, lastRun + delay - Date.now()));
  };
  const onMutation = () => {
    // The cheap gate: on an unrelated page nothing else happens per mutation. `alive()` first, so a
    // copy cut off by an update goes (and takes its host away) at the page's next change.
    if (alive() && (relevant || win.location.href !== lastHref)) schedule();
  };

  const tree = new MutationObserver(onMutation);
  tree.observe(doc.documentElement, { childList: true, subtree: true });
  const roots = new MutationObserver(schedule);
  roots.observe(doc.documentElement, { attributes: true, attributeFilter: ROOT_ATTRIBUTES });
  if (doc.body) roots.observe(doc.body, { attributes: true, attributeFilter: ROOT_ATTRIBUTES });

  // pushState fires no event: the DOM change that follows it shows the new URL (onMutation). No
  // listener for WXT's `wxt:locationchange`: outside WXT's context only the page could fire it.
  for (const type of ['popstate', 'hashchange']) win.addEventListener(type, schedule, { signal });
  // The theme may follow the system; X then repaints, which the observers see,
  // but re-check anyway in case it only changed a colour scheme.
  win.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', schedule, { signal });

  signal.addEventListener('abort', () => {
    tree.disconnect();
    roots.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
  run();
  return { schedule };
}
