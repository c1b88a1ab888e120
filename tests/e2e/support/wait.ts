import type { BrowserDriver, PageDriver } from './driver';
import { boxOfControlWithText, snapshotUi, type UiSnapshot } from './page-probes';

/** How often the e2e tests look again while they wait for something. */
const INTERVAL = 50;
const tick = () => new Promise((resolve) => setTimeout(resolve, INTERVAL));
const brief = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' && v.length > 80 ? `${v.slice(0, 80)}…` : v));

/**
 * The one wait of the e2e suite: reads `read()` until `accept` holds for what it returned, and
 * returns that. Fails after `timeout` ms with the last value seen. Every other wait builds on it.
 */
export async function poll<T>(read: () => Promise<T>, accept: (value: T) => boolean, { timeout = 5000, what = 'the expected state' } = {}): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}; last seen: ${brief(value)}`);
    await tick();
  }
}

/**
 * The opposite of a wait, for tests that prove something does NOT happen (the panel stays
 * closed, nothing gets stored): there is no event to wait for, so this watches for `ms`.
 * It reads `read()` throughout and fails at the first value `accept` rejects; the last read
 * comes after the `ms` have passed. Returns that last value.
 */
export async function holdsFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, ms: number, what: string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (!accept(value)) throw new Error(`${what}: did not hold for ${ms} ms; seen: ${brief(value)}`);
    if (Date.now() >= end) return value;
    await tick();
  }
}

/** Polls the page until `accept` holds for our UI's state; returns that state. */
export function waitForUi(page: PageDriver, accept: (ui: UiSnapshot) => boolean, timeout = 5000): Promise<UiSnapshot> {
  return poll(() => page.evaluate(snapshotUi), accept, { timeout, what: 'our UI to reach the expected state' });
}

/**
 * Our UI stays as `accept` wants for `ms` (e.g. no panel opens by itself, here, within the time
 * it would take to open); returns its state at the end.
 */
export function uiStaysFor(page: PageDriver, accept: (ui: UiSnapshot) => boolean, ms: number, what: string): Promise<UiSnapshot> {
  return holdsFor(() => page.evaluate(snapshotUi), accept, ms, what);
}

/** Clicks X's control with that text the way a person would: a mouse click at its centre. */
export async function clickControlWithText(page: PageDriver, pattern: string): Promise<void> {
  const box = await poll(
    () => page.evaluate(boxOfControlWithText, pattern),
    (found) => found !== null,
    { what: `a control matching ${pattern}` },
  );
  await page.clickAt((box!.left + box!.right) / 2, (box!.top + box!.bottom) / 2);
}

/** Polls a predicate in the page until it holds (it must be self-contained). */
export async function waitFor(page: PageDriver, predicate: () => boolean, timeout = 5000): Promise<void> {
  await poll(() => page.evaluate(predicate), Boolean, { timeout, what: predicate.toString().slice(0, 120) });
}

/** Waits for the replica to have drawn X's page (it shows a spinner first, as X does). */
export function replicaRendered(page: PageDriver): Promise<void> {
  return waitFor(page, () => ((window as unknown as { __replica?: { renderedAt: number } }).__replica?.renderedAt ?? 0) > 0);
}

/** Starts a guide the way a person does: the popup's button. The popup closes itself once it runs.
 * `besides`: a page opened by newWindow(), whose window the popup then belongs to. */
export async function startGuideFromPopup(
  browser: BrowserDriver,
  guide: string,
  button = 'start-guide',
  { besides }: { besides?: PageDriver } = {},
): Promise<void> {
  const popup = await browser.openPopup(undefined, besides ? { besides } : {});
  await waitFor(popup, () => document.querySelectorAll('[data-rescue="start-guide"]').length === 3);
  await popup.click(`[data-rescue="${button}"][data-guide="${guide}"]`);
  // The popup closes itself once the background has started the guide, or says why it could not.
  const outcome = await poll(
    () => popup.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? 'open').catch(() => 'closed'),
    (state) => state !== 'open',
    { what: `the popup to start the ${guide} guide and close itself` },
  );
  await popup.close().catch(() => {});
  if (outcome !== 'closed') throw new Error(`the popup did not start the ${guide} guide: ${outcome}`);
}

/** The popup's check-up is folded while the user is locked out: open it as a person would, by its summary. */
export async function openCheckup(popup: PageDriver): Promise<void> {
  await waitFor(popup, () => document.querySelector('details.checkup') !== null);
  if (!(await popup.evaluate(() => document.querySelector<HTMLDetailsElement>('details.checkup')!.open))) await popup.click('details.checkup > summary');
  await waitFor(popup, () => document.querySelector<HTMLDetailsElement>('details.checkup')?.open === true);
}
