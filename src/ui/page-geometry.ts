/**
 * Reads where X's controls are on screen, for placement.ts, and tells when
 * they may have moved. Only boxes are read (never values), and only when
 * placement is recomputed, not per mutation.
 */
import { isLive } from '../page/live';
import { anyOf } from '../page/selectors';
import { intersects, type Box, type Viewport } from './placement';

const CONTROL_LIMIT = 200;

function toBox(rect: DOMRect): Box {
  return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
}

export function boxOf(el: Element): Box {
  return toBox(el.getBoundingClientRect());
}

export interface MeasuredControl {
  el: Element;
  box: Box;
}

/** Two controls drawn over each other, neither inside the other: one may cover the other (X's
 * form drawn twice). */
function overlapsAnother(control: MeasuredControl, all: readonly MeasuredControl[]): boolean {
  return all.some((other) => other !== control && intersects(other.box, control.box) && !other.el.contains(control.el) && !control.el.contains(other.el));
}

/**
 * X's live controls in view, anywhere in the document: what the panel must keep
 * clear of where it opens by itself. Only what a person can use counts
 * (src/page/live.ts): controls of X's inactive steps (inert, transparent) and
 * those covered (under X's modal backdrop, the hidden copy of a form drawn twice)
 * are no controls for them. This runs on every frame that may move a box, and a
 * hit test costs a pass over the whole page, so the hit test is made only where
 * a control can be covered: while X shows a modal, and for controls drawn over
 * one another. A control covered by anything else still counts, which costs
 * free space, never a covered control. Our own UI is in a shadow root, so the
 * document's query never reaches it, and hit tests look through our host, so
 * the answer does not change with where our panel is.
 */
export function visibleControls(doc: Document, viewport: Viewport): MeasuredControl[] {
  const shown: MeasuredControl[] = [];
  for (const el of Array.from(doc.querySelectorAll(anyOf('control'))).slice(0, CONTROL_LIMIT * 2)) {
    const box = boxOf(el);
    if (box.right <= box.left || box.bottom <= box.top) continue;
    if (box.bottom <= 0 || box.right <= 0 || box.top >= viewport.height || box.left >= viewport.width) continue;
    if (!isLive(el, { hitTest: false, box })) continue;
    shown.push({ el, box });
    if (shown.length >= CONTROL_LIMIT) break;
  }
  const modal = doc.querySelector('[aria-modal="true"]') !== null;
  return shown.filter((control) => !(modal || overlapsAnother(control, shown)) || isLive(control.el, { box: control.box }));
}

/** How far above its target a section heading may be and still be its heading (px). */
const HEADING_REACH = 160;

/**
 * The heading of the section a guide's target sits in: the nearest shown heading of X's above it,
 * overlapping it sideways ("Additional methods" over "Backup codes"). The step is read against it,
 * so the instruction box must leave it free.
 */
export function sectionHeadingOf(target: Element): Element | undefined {
  const box = boxOf(target);
  let best: { el: Element; bottom: number } | undefined;
  for (const el of Array.from(target.ownerDocument.querySelectorAll(anyOf('heading'))).slice(0, 60)) {
    if (el.contains(target) || !isLive(el, { hitTest: false })) continue;
    const heading = boxOf(el);
    const beside = heading.left < box.right && box.left < heading.right;
    if (!beside || heading.bottom > box.top + 1 || box.top - heading.bottom > HEADING_REACH) continue;
    if (!best || heading.bottom > best.bottom) best = { el, bottom: heading.bottom };
  }
  return best?.el;
}

// ---------------------------------------------------------------------------
// One shared watch on the page's layout, for every component that follows it.
// ---------------------------------------------------------------------------

export interface LayoutWatch {
  /** Also report size changes of these elements (replaces this watcher's previous set). */
  observe(elements: Iterable<Element>): void;
  /** Report every DOM change until `observeTree(false)`: for the moment X's step is still to come. */
  observeTree(on: boolean): void;
  close(): void;
}

interface Watcher {
  onChange: () => void;
  observed: Set<Element>;
  tree: boolean;
}

const watchers = new Set<Watcher>();
/** How many watchers observe each element (one ResizeObserver for all of them). */
const observedCount = new Map<Element, number>();
let frame = 0;
let resizeObserver: ResizeObserver | undefined;
let treeObserver: MutationObserver | undefined;
let stopListening: (() => void) | undefined;

/** Everything that may move boxes lands here; the watchers run once, in the next frame. */
function schedule() {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    for (const watcher of [...watchers]) watcher.onChange();
  });
}

function startListening() {
  const options = { passive: true, capture: true } as const;
  window.addEventListener('resize', schedule, { passive: true });
  window.addEventListener('scroll', schedule, options);
  // Layout that moves with no DOM change: CSS transitions and animations ending, web fonts arriving.
  window.addEventListener('transitionend', schedule, options);
  window.addEventListener('animationend', schedule, options);
  const fonts = document.fonts as FontFaceSet | undefined;
  fonts?.addEventListener?.('loadingdone', schedule);
  void fonts?.ready?.then(schedule, () => {});
  resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : undefined;
  stopListening = () => {
    window.removeEventListener('resize', schedule);
    window.removeEventListener('scroll', schedule, { capture: true });
    window.removeEventListener('transitionend', schedule, { capture: true });
    window.removeEventListener('animationend', schedule, { capture: true });
    fonts?.removeEventListener?.('loadingdone', schedule);
    resizeObserver?.disconnect();
    resizeObserver = undefined;
    observedCount.clear();
    treeObserver?.disconnect();
    treeObserver = undefined;
    cancelAnimationFrame(frame);
    frame = 0;
  };
}

function updateTreeObserver() {
  const wanted = [...watchers].some((watcher) => watcher.tree);
  if (wanted && !treeObserver && typeof MutationObserver === 'function') {
    treeObserver = new MutationObserver(schedule);
    treeObserver.observe(document.documentElement, { childList: true, subtree: true });
  } else if (!wanted && treeObserver) {
    treeObserver.disconnect();
    treeObserver = undefined;
  }
}

function retain(el: Element) {
  const count = observedCount.get(el) ?? 0;
  observedCount.set(el, count + 1);
  if (count === 0) resizeObserver?.observe(el);
}

function release(el: Element) {
  const count = observedCount.get(el) ?? 0;
  if (count <= 1) {
    observedCount.delete(el);
    resizeObserver?.unobserve(el);
  } else observedCount.set(el, count - 1);
}

/**
 * Calls `onChange` (at most once per frame, shared by all watchers) when the
 * page may have moved: scroll, resize, a transition or animation ending, fonts
 * loading, and size changes of the elements each watcher observes. Nothing
 * runs per frame while nothing moves.
 */
export function watchLayout(onChange: () => void): LayoutWatch {
  const watcher: Watcher = { onChange, observed: new Set(), tree: false };
  watchers.add(watcher);
  if (watchers.size === 1) startListening();
  return {
    observe(elements) {
      const next = new Set(elements);
      for (const el of watcher.observed) if (!next.has(el)) release(el);
      for (const el of next) if (!watcher.observed.has(el)) retain(el);
      watcher.observed = next;
    },
    observeTree(on) {
      if (watcher.tree === on) return;
      watcher.tree = on;
      updateTreeObserver();
    },
    close() {
      if (!watchers.delete(watcher)) return;
      for (const el of watcher.observed) release(el);
      watcher.observed.clear();
      watcher.tree = false;
      updateTreeObserver();
      if (watchers.size === 0) {
        stopListening?.();
        stopListening = undefined;
      }
    },
  };
}
