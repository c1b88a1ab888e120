/**
 * The meeting point of the watcher (injected into every x.com page) and the in-page UI
 * (injected by the background only where it helps). Both run in the extension's isolated
 * world of the same frame, so a property on its global object is private to us: the page
 * cannot see it. Types and one key only: both bundles import this, so it must stay tiny.
 */
import type { TabState } from '../model/tab-state';
import type { Lifetime } from './lifetime';

/** What the watcher gives the UI when it starts it. */
export interface WatcherPort {
  /** The tab's state as the background had it when the UI was loaded. */
  tabState: TabState;
  /** Asks the background for the tab's state again (after a guide changed). */
  askTabState(): Promise<TabState>;
  /** Asks the watcher for a page check soon (coalesced). */
  recheck(): void;
}

/** What the UI gives back: the watcher hands it every page check from then on (the UI reads
 * the page itself: the classifier stays out of the script every x.com page loads). */
export interface RescueUiHandle {
  check(url: URL): void;
  /** The background says a guide started, paused or ended in this tab. */
  guideChanged(): void;
  /** While a guide runs every page matters (menus open, links appear), not just login and settings. */
  readonly followsEveryPage: boolean;
}

export type StartRescueUi = (life: Lifetime, port: WatcherPort) => RescueUiHandle;

const KEY = Symbol.for('x2fa-rescue:start-ui');
const WATCHER = Symbol.for('x2fa-rescue:watcher');
type Slot = { [KEY]?: StartRescueUi; [WATCHER]?: true };

/** True for the first watcher in this world only. A tab that was loading during an update gets the
 * manifest's copy and the background's re-injection; both run in the same world, so the second sees
 * the first's mark and stays out. (An update's copy runs in a new world: the old copy's mark is not there.) */
export function claimWorld(): boolean {
  const slot = globalThis as Slot;
  if (slot[WATCHER]) return false;
  slot[WATCHER] = true;
  return true;
}

/** Called by the UI bundle when it has run; a second run (injected twice) changes nothing. */
export function offerUi(start: StartRescueUi): void {
  const slot = globalThis as Slot;
  slot[KEY] ??= start;
}

export function takeUi(): StartRescueUi | undefined {
  return (globalThis as Slot)[KEY];
}
