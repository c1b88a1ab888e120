/**
 * While a guide runs, every page of the tab is checked, and X's pages change many times a second (a
 * timeline, a video's clock): the watcher would hand the UI a check up to 20 times a second, and each
 * one reads the page for the guide (its locators, a hit test per target). A person does not need the
 * ring to follow faster than a few times a second, so checks are let through at most every
 * GUIDE_CHECK_MS. None is lost: a check turned away asks for another at the end of the interval, so
 * the last change of a burst is always seen. A new address is checked at once (the person went
 * somewhere), and so is the first check after the person's own action in the guide.
 */
export const GUIDE_CHECK_MS = 250;

export interface GuideCheckThrottle {
  /** Whether the check of `url` runs now; when not, another is asked for at the end of the interval. */
  admits(url: URL): boolean;
  /** The next check runs at once, whenever it comes. */
  release(): void;
}

export interface GuideCheckThrottleOptions {
  now: () => number;
  /** Runs `run` after `ms` (the content script's timer, which stops with it). */
  later: (ms: number, run: () => void) => void;
  /** Asks for a check (the watcher coalesces it with any other). */
  recheck: () => void;
}

export function throttleGuideChecks({ now, later, recheck }: GuideCheckThrottleOptions): GuideCheckThrottle {
  let lastAt = -Infinity;
  let lastHref = '';
  let released = false;
  let asked = false;
  return {
    admits(url) {
      const at = now();
      if (released || url.href !== lastHref || at - lastAt >= GUIDE_CHECK_MS) {
        released = false;
        lastAt = at;
        lastHref = url.href;
        return true;
      }
      if (!asked) {
        asked = true;
        later(lastAt + GUIDE_CHECK_MS - at, () => {
          asked = false;
          recheck();
        });
      }
      return false;
    },
    release() {
      released = true;
    },
  };
}
