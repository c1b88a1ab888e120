/**
 * Our one element on X's pages: `<x2fa-rescue>` with an open shadow root, so
 * X's styles cannot reach our UI and ours cannot reach X's page.
 *
 * This does what WXT's createShadowRootUi does for us, in ~40 lines instead of
 * ~4 kB gzipped of dependencies (isolated-element, wait-element, many-keys-map,
 * defu): the content script is loaded on every x.com page, so it must stay small.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface ShadowHostOptions {
  name: string;
  css: string;
  /** Events stopped at the host, so typing in our UI never reaches X's shortcuts. */
  isolateEvents: readonly string[];
}

export interface ShadowHost {
  readonly host: HTMLElement;
  /** Where the UI renders, inside the shadow root. */
  readonly container: HTMLElement;
  readonly mounted: boolean;
  mount(): void;
  remove(): void;
}

export function createShadowHost(ctx: ContentScriptContext, { name, css, isolateEvents }: ShadowHostOptions): ShadowHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // Nothing inherits from X's page into ours.
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of isolateEvents) host.addEventListener(type, (event) => event.stopPropagation());

  const remove = () => host.remove();
  ctx.onInvalidated(remove);
  return {
    host,
    container,
    get mounted() {
      return host.isConnected;
    },
    mount() {
      // Last in <body>: outside React's root, so X's re-renders never touch it.
      (document.body ?? document.documentElement).append(host);
    },
    remove,
  };
}
