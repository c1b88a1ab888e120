import { defineContentScript } from 'wxt/utils/define-content-script';
import { GuideRunner } from '../../src/guides/in-page/guide-runner';
import { loadPageText } from '../../src/i18n/page-text';
import {
  fetchPageTexts,
  fetchTabState,
  listenToBackground,
  rememberMethodReminder,
  startGuideHere,
  storeTabState,
} from '../../src/messaging/content-client';
import { uiLanguageFor } from '../../src/page/page-language';
import { setReadiness } from '../../src/state/readiness';
import { classify } from '../../src/page/classify';
import type { PageContext } from '../../src/page/reading';
import type { RiskKind } from '../../src/ui/assistant/RiskCheck';
import { X_HOST_MATCHES } from '../../src/page/hosts';
import { mayBeRelevant, wayBackFrom } from '../../src/page/routes';
import type { GuideId } from '../../src/guides/in-page/guides';
import { watchPage, type PageWatch } from '../../src/page/page-watch';
import { readLook } from '../../src/page/read-page';
import { createRescueUi } from '../../src/ui/mount-rescue-ui';

/** Where a lockout starts, and which check the panel shows there. X's route is the signal
 * (unticking a method leaves settings for X's unenrollment flow): no click is watched. */
const RISKS: Partial<Record<PageContext, RiskKind>> = { 'password-change': 'password', 'method-off': 'method' };

export default defineContentScript({
  matches: [...X_HOST_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    const tabState = fetchTabState();
    // The panel waits for both, so a Japanese page never flashes English text first.
    const textsReady = loadPageText(uiLanguageFor(document.documentElement.getAttribute('lang')), fetchPageTexts);
    let watch: PageWatch | undefined;
    const recheck = () => watch?.schedule();

    const guide = new GuideRunner({
      now: () => Date.now(),
      recheckIn: (ms) => ctx.setTimeout(recheck, ms),
      save: (guide) => storeTabState({ guide }),
      onReminder: rememberMethodReminder,
      // "Finish" on the backup code means the user has it: the readiness check shares that.
      onFinished: (guide) => guide.id === 'backup-code' && setReadiness('backup-saved', true).catch(() => {}),
    });
    const act = (action: () => void) => () => {
      action();
      recheck();
    };
    const ui = createRescueUi(ctx, {
      panelClosed: Promise.all([tabState, textsReady]).then(([state]) => state.panelClosed),
      onPanelClosedChange: (panelClosed) => storeTabState({ panelClosed }),
      guideActions: {
        onEnd: act(() => guide.pause()),
        onSwitch: (guide, returnTo) => runGuideHere(guide, returnTo ?? location.pathname),
        onFinish: act(() => guide.finish()),
        onSkip: (step) => act(() => guide.skip(step))(),
        onFound: (step) => act(() => guide.acknowledge(step))(),
      },
      onGetBackup: () => runGuideHere('backup-code', wayBackFrom(new URL(location.href))),
    });

    /** Starts a guide in this tab (from the panel or a guide), then shows it. */
    function runGuideHere(guide: GuideId, returnTo: string) {
      void startGuideHere(guide, returnTo).then((started) => {
        if (started) void loadGuide();
      });
    }

    async function loadGuide() {
      guide.load((await fetchTabState()).guide);
      recheck();
    }
    ctx.onInvalidated(listenToBackground(() => void loadGuide()));
    guide.load((await tabState).guide);

    let layoutTick = 0;
    watch = watchPage({
      win: window,
      signal: ctx.signal,
      // While a guide runs every page matters: menus open, links appear.
      relevant: (url) => guide.running || mayBeRelevant(url),
      onCheck(url) {
        const reading = classify(document, url);
        if (reading.context === 'other' && !guide.running) return ui.hide();
        const look = readLook(document);
        const view = guide.view(url, document, look.lang);
        if (reading.context === 'other' && !view) return ui.hide();
        ui.show({ reading, ...look, layoutTick: ++layoutTick, guide: view, risk: RISKS[reading.context] });
      },
    });
  },
});
