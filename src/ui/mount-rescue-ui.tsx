/**
 * Owns the one `<x2fa-rescue>` host: mounts it when a page needs it, removes it
 * when not, and keeps its data-* attributes (the UI contract's three, no more) current.
 */
import { render } from 'preact';
import type { Lifetime } from '../watcher/lifetime';
import { HOST_NAME } from '../watcher/stale-hosts';
import type { GuideView } from '../guides/in-page/guide-runner';
import { isNoticeOnly, type PageContext, type PageReading } from '../page/reading';
import type { Theme } from '../page/page-theme';
import { loadTexts, textsNow } from '../i18n/in-page-texts';
import { fetchTexts } from '../messaging/content-client';
import { RescueApp, type RescueView } from './RescueApp';
import { TextsContext } from './texts-context';
import panelCss from './rescue.css?inline';
import themeCss from './theme.css?inline';
import { contextOf } from './contexts';
import { createShadowHost } from './shadow-host';
import type { GuideActions } from './guide/GuideLayer';

/** A visit, for opening by itself: a context, or a login step where X's error banner is the only reason to be there. */
type Visit = PageContext | 'login-notice';
const visitOf = (reading: PageReading): Visit => (isNoticeOnly(reading) ? 'login-notice' : reading.context);

interface HostView extends RescueView {
  theme: Theme;
  /** A guide running in this tab takes the place of the panel. */
  guide?: GuideView | undefined;
}

export interface RescueUiOptions {
  /** Whether the user folded the panel away in this tab, when the UI started. */
  panelClosed: boolean;
  /** Remembers a fold/unfold for the tab. */
  onPanelClosedChange: (closed: boolean) => void;
  guideActions: GuideActions;
  /** Runs the backup-code guide in this tab and comes back. */
  onGetBackup: () => void;
}

export interface RescueUi {
  show(view: HostView): void;
  hide(): void;
}

export function createRescueUi(life: Lifetime, options: RescueUiOptions): RescueUi {
  let view: HostView | undefined;
  let open = false;
  /** True while the page language's texts are on their way: draw nothing rather than flash English. */
  let deciding = false;
  let shownVisit: Visit | undefined;
  let panelClosed = options.panelClosed;

  const ui = createShadowHost({
    name: HOST_NAME,
    alive: life.alive,
    css: `${themeCss}\n${panelCss}`,
    // Keys typed in our UI must not trigger X's keyboard shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
  });
  // An update cut this copy off: its host goes, before the new copy draws its own, and its tree
  // (its effects undo their listeners, observers and storage watches; the host first, in case one throws).
  life.onEnd(() => {
    view = undefined;
    ui.remove();
    render(null, ui.container);
  });
  /** Whether a host an earlier copy left was looked for, on a page where this copy draws nothing. */
  let swept = false;

  const draw = () => {
    if (!view) return;
    const host = ui.host;
    host.setAttribute('data-context', view.reading.context);
    host.setAttribute('data-lang', view.lang);
    host.setAttribute('data-theme', view.theme);
    if (deciding && !view.guide) {
      render(null, ui.container);
      return;
    }
    const texts = textsNow(view.lang);
    // X switched language while the page is open: English until the new texts are here. Redraw only
    // when they came (a background that cannot answer would otherwise be asked again at every draw).
    const wanted = view.lang;
    if (texts.lang !== wanted) void loadTexts(wanted, fetchTexts).then((loaded) => loaded.lang === wanted && draw());
    render(
      <TextsContext.Provider value={texts}>
        <RescueApp
          {...view}
          open={open}
          host={host}
          guideActions={options.guideActions}
          riskActions={{
            onGetBackup: options.onGetBackup,
            onReady: () => {
              open = false; // folds for this visit only; the tab's preference is left alone
              draw();
            },
          }}
          onOpenChange={(next) => {
            open = next;
            deciding = false;
            // Folding X's limit notice is for this visit: the code step's own preference is left alone.
            if (shownVisit !== 'login-notice') {
              options.onPanelClosedChange(!next);
              panelClosed = !next;
            }
            draw();
          }}
        />
      </TextsContext.Provider>,
      ui.container,
    );
  };

  return {
    show(next) {
      const visit = visitOf(next.reading);
      const visitChanged = visit !== shownVisit;
      view = next;
      shownVisit = visit;
      if (!ui.mounted) ui.mount();
      if (visitChanged) {
        const { opens } = contextOf(next.reading);
        // Once per visit: the password page, X's method-off dialog, X's limit notice.
        const eachVisit = opens === 'each-visit';
        open = false;
        deciding = opens !== 'never';
        if (deciding) {
          // The panel opens once the page language's texts are here (English if they cannot be had), never English first.
          void loadTexts(next.lang, fetchTexts).then(() => {
            if (shownVisit !== visit || !deciding) return;
            deciding = false;
            // The code step opens unless folded in this tab.
            open = eachVisit || !panelClosed;
            draw();
          });
        }
      }
      draw();
    },
    hide() {
      view = undefined;
      shownVisit = undefined;
      open = false;
      deciding = false;
      if (!ui.mounted) {
        // mount() removes them where this copy draws; here it draws nothing, so once, now.
        if (!swept) ui.removeStale();
        swept = true;
        return;
      }
      render(null, ui.container);
      ui.remove();
    },
  };
}
