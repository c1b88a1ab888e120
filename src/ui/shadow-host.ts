/**
 * Our one element on X's pages: `<x2fa-rescue>` with an open shadow root, so
 * X's styles cannot reach our UI and ours cannot reach X's page.
 *
 * This does what WXT's createShadowRootUi does for us, in ~40 lines instead of
 * ~4 kB gzipped of dependencies (isolated-element, wait-element, many-keys-map,
 * defu): the content script is loaded on every x.com page, so it must stay small.
 */
import { removeStaleHosts } from '../watcher/stale-hosts';

export interface ShadowHostOptions {
  name: string;
  css: string;
  /** Events stopped at the host, so typing in our UI never reaches X's shortcuts. */
  isolateEvents: readonly string[];
  /** Whether the extension is still there (src/watcher/lifetime.ts). */
  alive: () => boolean;
}

export interface ShadowHost {
  readonly host: HTMLElement;
  /** Where the UI renders, inside the shadow root. */
  readonly container: HTMLElement;
  readonly mounted: boolean;
  /** Puts the host on the page, in place of any an earlier copy of the extension left. */
  mount(): void;
  remove(): void;
  /** Removes the hosts an earlier copy left (src/watcher/stale-hosts.ts). */
  removeStale(): void;
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

/** Fresh names tried when the page took ours. */
const OTHER_NAMES = 3;

/**
 * `name`, unless the page defined an element of that name itself (customElements.define): ours
 * would then be the page's element, its code run on ours, and its constructor may hold the shadow
 * root (attachShadow throws). Then a fresh name, which the page cannot have defined beforehand.
 */
function attachHost(name: string): { host: HTMLElement; shadow: ShadowRoot } {
  let failure: unknown = new Error(`the page defined <${name}>`);
  for (let attempt = 0; attempt <= OTHER_NAMES; attempt++) {
    const host = document.createElement(attempt === 0 ? name : `${name}-${Math.random().toString(36).slice(2, 8)}`);
    // A custom-element name nobody defined is `:not(:defined)`; one the page defined is `:defined`.
    if (host.matches(':defined')) continue;
    try {
      return { host, shadow: host.attachShadow({ mode: 'open' }) };
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

export function createShadowHost({ name, css, isolateEvents, alive }: ShadowHostOptions): ShadowHost {
  const { host, shadow } = attachHost(name);
  const style = document.createElement('style');
  // Nothing inherits from X's page into ours.
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of isolateEvents) host.addEventListener(type, (event) => event.stopPropagation());
  // The root is open (tests and outside checks find our UI through it), so the page can reach in
  // and dispatch events at our controls: only the person's own (trusted) events get through. And
  // on a copy an update cut off, a control would call an extension that is gone (it throws): the
  // person's first touch ends this copy there (the lifetime's end unmounts it) and goes no further.
  const refuse = (event: Event) => {
    if (event.isTrusted && alive()) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of PERSON_ONLY_EVENTS) shadow.addEventListener(type, refuse, { capture: true });

  return {
    host,
    container,
    get mounted() {
      return host.isConnected;
    },
    mount() {
      removeStaleHosts(document, host);
      // Last in <body>: outside React's root, so X's re-renders never touch it.
      (document.body ?? document.documentElement).append(host);
    },
    remove: () => host.remove(),
    removeStale: () => removeStaleHosts(document, host),
  };
}
