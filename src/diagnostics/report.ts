/**
 * Reports an unexpected failure to the console, once per place, so a broken part can be
 * found without flooding X's console. It names our place and the error's kind; it never
 * logs what the page shows or the user typed (errors from code that reads the page are
 * reported by name only).
 */

const reported = new Set<string>();

export type Detail = 'message' | 'name-only';

export function reportFailure(place: string, error: unknown, detail: Detail = 'message'): void {
  if (reported.has(place)) return;
  reported.add(place);
  const name = error instanceof Error ? error.name : typeof error;
  const message = detail === 'message' && error instanceof Error ? `: ${error.message.slice(0, 160)}` : '';
  console.warn(`[2FA Rescue] ${place} failed (${name}${message}); carrying on without it.`);
}

/** For tests: forget what was reported. */
export function resetReports(): void {
  reported.clear();
}
