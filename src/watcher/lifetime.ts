/**
 * How long this copy of the watcher, and the UI it starts, may act: until the extension that
 * loaded it is reloaded, updated or removed. Chrome then leaves the old copy running, cut off
 * (`runtime.id` is gone and every call throws "Extension context invalidated"); Firefox drops it.
 *
 * Not WXT's ContentScriptContext, on purpose: it announces itself to the page
 * (`postMessage({ type: "<extension id>:rescue:wxt:content-script-started" })` and a document
 * event of that name), which tells every x.com page that the extension is installed, and its id;
 * and it stops for good when the page dispatches that event back. WXT 0.20's
 * `noScriptStartedPostMessage` drops only the postMessage: the event, both ways, stays. So the
 * watcher is a plain script declared in the manifest (wxt.config.ts) with this lifetime, which
 * nothing on the page can see or end: it ends only when `runtime.id` is gone.
 */
export interface Lifetime {
  readonly signal: AbortSignal;
  /** Whether the extension is still there; the first time it is not, the lifetime ends. A
   * function property: it is handed around on its own (watchPage, the reporter). */
  readonly alive: () => boolean;
  /** Runs `end` when the lifetime ends. */
  onEnd(end: () => void): void;
  /** A timer that does nothing once the lifetime has ended. */
  setTimeout(run: () => void, ms: number): void;
}

/** `extensionThere`: whether the extension that loaded this copy is still there (`runtime.id`). */
export function createLifetime(extensionThere: () => boolean): Lifetime {
  const controller = new AbortController();
  const { signal } = controller;
  const alive = () => {
    if (!signal.aborted && !extensionThere()) controller.abort();
    return !signal.aborted;
  };
  return {
    signal,
    alive,
    onEnd(end) {
      signal.addEventListener('abort', () => {
        try {
          end();
        } catch {
          // Undoing a listener of an extension that is gone may throw; there is nobody left to tell.
        }
      });
    },
    setTimeout(run, ms) {
      const cancel = () => clearTimeout(timer);
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', cancel);
        if (alive()) run();
      }, ms);
      signal.addEventListener('abort', cancel);
    },
  };
}
