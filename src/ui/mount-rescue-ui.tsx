/**
 * Owns the one `<x2fa-rescue>` host: mounts it when a page needs it, removes it
 * when not, and keeps its data-* attributes (the UI contract) current.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { PageContext } from '../page/reading';
import type { Theme } from '../page/page-theme';
import { fetchPanelPreference, storePanelPreference } from '../state/tab-state-client';
import { RescueApp, type RescueView } from './RescueApp';
import panelCss from './rescue.css?inline';
import themeCss from './theme.css?inline';

export const HOST_NAME = 'x2fa-rescue';

export interface HostView extends RescueView {
  theme: Theme;
}

/** The panel opens by itself only where X is asking for a code. */
const AUTO_OPEN: ReadonlySet<PageContext> = new Set(['code-prompt', 'choose-method']);

export interface RescueUi {
  show(view: HostView): void;
  hide(): void;
}

export async function createRescueUi(ctx: ContentScriptContext): Promise<RescueUi> {
  let view: HostView | undefined;
  let open = false;
  /** True while the tab's saved preference is on its way: draw nothing rather than flash the launcher. */
  let deciding = false;
  let shownContext: PageContext | undefined;
  let preference = fetchPanelPreference();

  const ui: ShadowRootContentScriptUi<HTMLElement> = await createShadowRootUi(ctx, {
    name: HOST_NAME,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: `${themeCss}\n${panelCss}`,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });

  const draw = () => {
    if (!view) return;
    const host = ui.shadowHost;
    host.setAttribute('data-context', view.reading.context);
    host.setAttribute('data-lang', view.lang);
    host.setAttribute('data-theme', view.theme);
    if (deciding) {
      render(null, ui.uiContainer);
      return;
    }
    render(
      <RescueApp
        {...view}
        open={open}
        host={host}
        onOpenChange={(next) => {
          open = next;
          deciding = false;
          storePanelPreference(!next);
          preference = Promise.resolve({ panelClosed: !next });
          draw();
        }}
      />,
      ui.uiContainer,
    );
  };

  return {
    show(next) {
      const contextChanged = next.reading.context !== shownContext;
      view = next;
      shownContext = next.reading.context;
      if (!ui.mounted) ui.mount();
      if (contextChanged) {
        open = false;
        deciding = AUTO_OPEN.has(next.reading.context);
        if (deciding) {
          void preference.then(({ panelClosed }) => {
            if (shownContext !== next.reading.context || !deciding) return;
            deciding = false;
            open = !panelClosed;
            draw();
          });
        }
      }
      draw();
    },
    hide() {
      view = undefined;
      shownContext = undefined;
      open = false;
      deciding = false;
      if (ui.mounted) ui.remove();
    },
  };
}
