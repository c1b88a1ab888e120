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

export function watchPage({ win, signal, onCheck, relevant: isRelevant = mayBeRelevant, delay = 50 }: PageWatchOptions): PageWatch {
  const doc = win.document;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastHref = '';
  let relevant = false;
  let lastRun = -Infinity;

  const run = () => {
    timer = undefined;
    lastRun = Date.now();
    if (signal.aborted) return;
    const url = new URL(win.location.href);
    lastHref = url.href;
    relevant = isRelevant(url);
    onCheck(url);
  };
  // The first change after a quiet spell is checked in the next task (the panel can appear in the
  // frame X draws its step); a burst of changes after it waits out the rest of `delay`.
  const schedule = () => {
    if (timer === undefined && !signal.aborted) timer = setTimeout(run, Math.max(0, lastRun + delay - Date.now()));
  };
  const onMutation = () => {
    // The cheap gate: on an unrelated page nothing else happens per mutation.
    if (relevant || win.location.href !== lastHref) schedule();
  };

  const tree = new MutationObserver(onMutation);
  tree.observe(doc.documentElement, { childList: true, subtree: true });
  const roots = new MutationObserver(schedule);
  roots.observe(doc.documentElement, { attributes: true, attributeFilter: ROOT_ATTRIBUTES });
  if (doc.body) roots.observe(doc.body, { attributes: true, attributeFilter: ROOT_ATTRIBUTES });

  for (const type of ['popstate', 'hashchange', 'wxt:locationchange']) {
    win.addEventListener(type, schedule, { signal });
  }
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
