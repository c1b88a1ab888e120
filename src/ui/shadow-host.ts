/**
 * Our one element on X's pages: `<x2fa-rescue>` with an open shadow root, so
 * X's styles cannot reach our UI and ours cannot reach X's page.
 *
 * This does what WXT's createShadowRootUi does for us, in ~40 lines instead of
 * ~4 kB gzipped of dependencies (isolated-element, wait-element, many-keys-map,
 * defu): the content script is loaded on every x.com page, so it must stay small.
 */
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

/** Every event our controls act on: none of them may come from a script. */
const PERSON_ONLY_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'beforeinput',
  'change',
  'submit',
  'toggle',
] as const;

/** Stops a script's event before any of our listeners, and undoes its default (a ticked box, a followed link). */
function refuseUntrusted(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

export function createShadowHost({ name, css, isolateEvents }: ShadowHostOptions): ShadowHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // Nothing inherits from X's page into ours.
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of isolateEvents) host.addEventListener(type, (event) => event.stopPropagation());
  // The root is open (tests and outside checks find our UI through it), so the page can reach in
  // and dispatch events at our controls: only the person's own (trusted) events get through.
  for (const type of PERSON_ONLY_EVENTS) shadow.addEventListener(type, refuseUntrusted, { capture: true });

  const remove = () => host.remove();
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
