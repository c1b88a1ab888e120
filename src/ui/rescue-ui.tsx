/**
 * The in-page UI, started by the watcher once a page needs it: the panel, the guides and
 * the check before a risky change. The watcher keeps classifying the page and hands each
 * reading here; this decides what to show.
 */
import { reportFailure, reportOnlyWhile } from '../diagnostics/report';
import { GuideRunner } from '../guides/in-page/guide-runner';
import type { GuideId } from '../model/ids';
import { startGuideHere, storeTabState } from '../messaging/content-client';
import { isNoticeOnly } from '../page/reading';
import { classify } from '../page/classify';
import { readLook } from '../page/page-look';
import { wayBackFrom } from '../page/routes';
import { setReadiness } from '../state/readiness';
import { setMethodReminder } from '../state/reminders';
import type { Lifetime } from '../watcher/lifetime';
import type { RescueUiHandle, WatcherPort } from '../watcher/ui-handoff';
import { createRescueUi } from './mount-rescue-ui';
import { throttleGuideChecks } from './throttle-guide-checks';

export function startRescueUi(life: Lifetime, port: WatcherPort): RescueUiHandle {
  const recheck = () => port.recheck();
  // This bundle has its own copy of the reporter: it too stays quiet once an update cut this copy off.
  reportOnlyWhile(life.alive);

  const guides = new GuideRunner({
    now: () => Date.now(),
    recheckIn: (ms) => life.setTimeout(recheck, ms),
    save: (guide) => storeTabState({ guide }),
    onReminder: () => void setMethodReminder().catch((error: unknown) => reportFailure('setting the reminder', error)),
    // "Finish" on the backup code means the user has it: the readiness check shares that.
    onFinished: (guide) => {
      if (guide.id === 'backup-code') setReadiness('backup-saved', true).catch((error: unknown) => reportFailure('saving readiness', error));
    },
  });
  // While a guide runs, X's changes are looked at a few times a second, not at every one.
  const throttle = throttleGuideChecks({ now: () => Date.now(), later: (ms, run) => life.setTimeout(run, ms), recheck });
  /** The person's own action in the guide: its result is shown at once. */
  const recheckNow = () => {
    throttle.release();
    recheck();
  };
  const act = (action: () => void) => () => {
    action();
    recheckNow();
  };
  const ui = createRescueUi(life, {
    panelClosed: port.tabState.panelClosed,
    onPanelClosedChange: (panelClosed) => storeTabState({ panelClosed }),
    guideActions: {
      onEnd: act(() => guides.pause()),
      onSwitch: (guide, returnTo) => runGuideHere(guide, returnTo ?? location.pathname),
      onFinish: act(() => guides.finish()),
      onSkip: (step) => act(() => guides.skip(step))(),
      onFound: (step) => act(() => guides.acknowledge(step))(),
    },
    onGetBackup: () => runGuideHere('backup-code', wayBackFrom(new URL(location.href))),
  });

  /** Starts a guide in this tab (from the panel or a guide), then shows it. */
  function runGuideHere(guide: GuideId, returnTo: string) {
    void startGuideHere(guide, returnTo).then((started) => {
      if (started) void reloadGuide();
    });
  }
  async function reloadGuide() {
    guides.load((await port.askTabState()).guide);
    recheckNow();
  }

  guides.load(port.tabState.guide);
  let layoutTick = 0;
  return {
    get followsEveryPage() {
      return guides.running;
    },
    guideChanged: () => void reloadGuide(),
    check(url) {
      if (guides.running && !throttle.admits(url)) return;
      const reading = classify(document, url);
      // Elsewhere the panel stays away, except on a login step where X shows its error banner.
      const wanted = reading.context !== 'other' || isNoticeOnly(reading);
      if (!wanted && !guides.running) return ui.hide();
      const look = readLook(document);
      const view = guides.view(url, document, look.lang);
      if (!wanted && !view) return ui.hide();
      ui.show({ reading, ...look, layoutTick: ++layoutTick, guide: view });
    },
  };
}
