/**
 * What a person can see and use: the one definition of "live" that every reader of X's page
 * goes through (classifier, method reading, the "another method" control, the step container,
 * placement's keep-clear controls, guide targets).
 *
 * Why (docs/x-facts.md F3, from three tools that drive the live login, 2026-08..10): X's 2026
 * login keeps a form per step in the DOM at once. The inactive ones are `inert`, transparent
 * (`opacity: 0`, `pointer-events: none`) and still have a real box; the username step carries a
 * hidden password field for autofill; X may draw the active form twice, one copy covered by the
 * other. So a field's presence proves nothing. An element is live when it is
 *   1. connected,
 *   2. not inside `[inert]` (X's mark for an inactive step) nor `[aria-hidden="true"]` (what X
 *      hides from assistive technology, e.g. the page under a modal sheet),
 *   3. not `display: none` / `visibility: hidden`, and not transparent (`opacity: 0`, its own or
 *      an ancestor's) — except the one-time-code input, which X may draw at opacity 0 over the
 *      drawn cells because it takes the typing: only its parent must be opaque,
 *   4. takes pointer events (`pointer-events: none` is how X parks a future step),
 *   5. has a box a person can scroll to (not empty, not parked at a negative offset), and
 *   6. when its centre is in view, is what a hit test there reaches (so the covered duplicate
 *      loses; for the one-time-code input, its own wrapper: the drawn cells may lie on top).
 * Off-screen elements skip rule 6 (no point to test) and stay eligible: a guide's target may
 * need scrolling to. Reads style and layout: call it only on pages that may be relevant, on a
 * bounded number of candidates, never per mutation.
 */

/** Our own host: looked through by hit tests, so our panel never makes X's control "covered". */
const OWN_HOST = 'x2fa-rescue';

/** X's one-time-code input, which may be transparent on purpose (docs/x-facts.md F5). */
function isOneTimeCodeInput(el: Element): boolean {
  return el.localName === 'input' && el.getAttribute('autocomplete') === 'one-time-code';
}

/** display / visibility, and opacity when asked, of the element and its ancestors. */
function shown(el: Element, opacity: boolean): boolean {
  const target = el as Element & { checkVisibility?: (options?: object) => boolean };
  if (typeof target.checkVisibility === 'function') {
    return target.checkVisibility({ visibilityProperty: true, opacityProperty: opacity });
  }
  // Older engines: the element's own computed style (display: none ancestors leave it boxless, rule 5).
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !style || (style.visibility !== 'hidden' && style.display !== 'none' && (!opacity || style.opacity !== '0'));
}

/** The topmost element at a point that is not ours; undefined when the engine cannot tell. */
function topAt(doc: Document, x: number, y: number): Element | undefined {
  // Without a layout engine (no elementsFromPoint) nothing can be shown covered.
  if (typeof doc.elementsFromPoint !== 'function') return undefined;
  // One hit is cheaper than the whole stack; the stack only when our own host is on top.
  const top = typeof doc.elementFromPoint === 'function' ? doc.elementFromPoint(x, y) : null;
  if (top && top.localName !== OWN_HOST) return top;
  return doc.elementsFromPoint(x, y).find((hit) => hit.localName !== OWN_HOST);
}

export interface LiveOptions {
  /** Rule 6, the hit test, which costs a hit test of the whole page (about 1 ms on a 5,000-node
   * page in Chromium). Leave it out only where a covered element cannot be there or costs nothing
   * to count as live (placement, per frame: see visibleControls in src/ui/page-geometry.ts). */
  hitTest?: boolean;
  /** The element's viewport box, when the caller has just measured it (nothing moved since). */
  box?: { left: number; top: number; right: number; bottom: number };
}

/** Verdicts kept while one reading of the page runs (see `readingOnce`). */
let verdicts: WeakMap<Element, boolean> | undefined;

/**
 * Runs `read` with each element's full verdict kept until it returns: one reading of the page asks
 * about the same field several times (its step, its count, its method), nothing moves meanwhile,
 * and each hit test is a pass over the page.
 */
export function readingOnce<T>(read: () => T): T {
  const outer = verdicts;
  verdicts ??= new WeakMap();
  try {
    return read();
  } finally {
    verdicts = outer;
  }
}

export function isLive(el: Element, options: LiveOptions = {}): boolean {
  if (options.hitTest === false) return judge(el, false, options.box);
  const kept = verdicts?.get(el);
  if (kept !== undefined) return kept;
  const verdict = judge(el, true, options.box);
  verdicts?.set(el, verdict);
  return verdict;
}

function judge(el: Element, hitTest: boolean, measured: LiveOptions['box']): boolean {
  if (!el.isConnected || el.closest('[inert],[aria-hidden="true"]')) return false;
  const code = isOneTimeCodeInput(el);
  if (code ? !shown(el, false) || (el.parentElement !== null && !shown(el.parentElement, true)) : !shown(el, true)) return false;
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  if (view?.getComputedStyle(el).pointerEvents === 'none') return false;
  const box = measured ?? el.getBoundingClientRect();
  if (box.right - box.left <= 0 || box.bottom - box.top <= 0) return false;
  const scrollX = view?.scrollX ?? 0;
  const scrollY = view?.scrollY ?? 0;
  if (box.right + scrollX <= 0 || box.bottom + scrollY <= 0) return false; // parked off the page
  if (!hitTest) return true;
  const width = view?.innerWidth ?? 0;
  const height = view?.innerHeight ?? 0;
  // The visible part of the box; its centre is where a person would press.
  const left = Math.max(box.left, 0);
  const right = Math.min(box.right, width);
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, height);
  if (right <= left || bottom <= top) return true; // out of view: a guide may scroll to it
  const hit = topAt(doc, (left + right) / 2, (top + bottom) / 2);
  const scope = code ? (el.parentElement ?? el) : el;
  return hit === undefined || scope === hit || scope.contains(hit);
}

/** The live elements among the first `limit` matches of `selector`, in document order. */
export function liveAll(root: ParentNode, selector: string, limit = 200): Element[] {
  return Array.from(root.querySelectorAll(selector))
    .slice(0, limit)
    .filter((el) => isLive(el));
}

/** The first live match of `selector` under `root`. */
export function firstLive(root: ParentNode, selector: string, limit = 200): Element | undefined {
  return Array.from(root.querySelectorAll(selector))
    .slice(0, limit)
    .find((el) => isLive(el));
}

/** Subtrees a person cannot see: their text is no part of what the step says. */
function hiddenSubtree(el: Element): boolean {
  return el.matches('[inert],[aria-hidden="true"],[hidden],script,style,template') || !shown(el, true);
}

/**
 * The text a person sees in `root` (inert, hidden and transparent parts left out), up to `max`
 * characters: an inactive step kept in the same container says nothing about the live one.
 */
export function liveText(root: Element, max = 4000): string {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === Node.ELEMENT_NODE && hiddenSubtree(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  for (let node = walker.nextNode(); node && text.length < max; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? '';
    // Separate block-level words ("Next" and "Try another way" must not run together).
    else if (text && !text.endsWith(' ')) text += ' ';
  }
  return text.slice(0, max);
}
