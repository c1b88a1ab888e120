/**
 * Reports an unexpected failure to the console, once per place, so a broken part can be
 * found without flooding X's console. It names our place and the error's kind; it never
 * logs what the page shows or the user typed (errors from code that reads the page are
 * reported by name only).
 */

const reported = new Set<string>();
/** False once the extension is gone under this copy (see reportOnlyWhile). */
let stillThere = () => true;

export type Detail = 'message' | 'name-only';

export function reportFailure(place: string, error: unknown, detail: Detail = 'message'): void {
  if (reported.has(place) || !stillThere()) return;
  reported.add(place);
  const name = error instanceof Error ? error.name : typeof error;
  const message = detail === 'message' && error instanceof Error ? `: ${error.message.slice(0, 160)}` : '';
  console.warn(`[2FA Rescue] ${place} failed (${name}${message}); carrying on without it.`);
}

/**
 * In a content script: reports only while the extension is there. A call that fails because an
 * update cut this copy off is no fault to report, and its message ("Extension context
 * invalidated") must not reach X's console.
 */
export function reportOnlyWhile(alive: () => boolean): void {
  stillThere = alive;
}

/** For tests: forget what was reported. */
export function resetReports(): void {
  reported.clear();
  stillThere = () => true;
}
