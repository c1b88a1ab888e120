/**
 * What runs on every x.com page: it watches the route and the DOM, and asks for the
 * in-page UI only when the page is one where it helps (a login or
 * settings page, X's method-off flow, or any page while a guide runs in the tab).
 * Everything else (panel, guides, assistant, their texts) lives in the UI bundle.
 */
import { reportFailure, reportOnlyWhile } from '../diagnostics/report';
import { watchPage } from '../page/page-watch';
import { mayBeRelevant } from '../page/routes';
import type { Lifetime } from './lifetime';
import { removeStaleHosts } from './stale-hosts';
import { takeUi, type RescueUiHandle } from './ui-handoff';
import { askForUi, askTabState, listenToBackground } from './watcher-messages';
import type { TabState } from '../model/tab-state';

const RETRY_AFTER_MS = 2000;

export function startWatcher(life: Lifetime): void {
  let ui: RescueUiHandle | undefined;
  let loading: Promise<void> | undefined;
  /** A guide changed while the UI was on its way: tell it once it is there. */
  let guideChangedMeanwhile = false;
  /** When loading last failed: the next try waits a little, so a refusing background is not asked on every check. */
  let failedAt = -Infinity;

  reportOnlyWhile(life.alive);

  /** Loads the UI once, however many reasons arrive while it is on its way. */
  const wantUi = () => {
    if (ui || loading || Date.now() - failedAt < RETRY_AFTER_MS || !life.alive()) return;
    loading = loadUi();
  };
  const failed = () => {
    loading = undefined; // try again at a later reason (e.g. the background was restarting)
    failedAt = Date.now();
  };

  async function loadUi(): Promise<void> {
    guideChangedMeanwhile = false;
    // The tab's state is asked afresh: a guide may have started since the page loaded. A UI that is
    // here already (its start threw, and this is the retry) is not injected again.
    const [state, injected] = await Promise.all([
      askTabState(),
      takeUi() !== undefined ||
        askForUi().catch((error: unknown) => {
          reportFailure('loading the in-page UI', error);
          return false;
        }),
    ]);
    const start = takeUi();
    if (!life.alive()) return;
    if (!injected || !start) return failed();
    try {
      ui = start(life, { tabState: state, askTabState, recheck: () => watch.schedule() });
    } catch (error) {
      // Reported once (per place); the next check after the wait starts it again.
      reportFailure('starting the in-page UI', error);
      return failed();
    }
    if (guideChangedMeanwhile) ui.guideChanged();
    watch.schedule(); // the page as it is now, for the UI's first look
  }

  life.onEnd(
    listenToBackground(() => {
      if (ui) return ui.guideChanged();
      guideChangedMeanwhile = true;
      wantUi();
    }),
  );
  // A guide running in this tab follows the user onto any page, so the UI comes along. Where no UI
  // comes, a host an earlier copy of the extension left (an update) goes now; else the UI removes it.
  void askTabState().then((state: TabState) => {
    if (state.guide?.status === 'running') wantUi();
    if (!ui && !loading && life.alive()) removeStaleHosts(document);
  });

  const watch = watchPage({
    win: window,
    signal: life.signal,
    alive: life.alive,
    relevant: (url) => ui?.followsEveryPage === true || mayBeRelevant(url),
    onCheck(url) {
      if (ui) return ui.check(url);
      // The route is enough to start loading (every page the classifier can name lies on these
      // routes), so the UI is ready before X draws its code step.
      if (mayBeRelevant(url)) wantUi();
    },
  });
}
