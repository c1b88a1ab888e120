/**
 * happy-dom computes no layout: every box is empty and nothing answers a hit test, so nothing
 * would count as live (src/page/live.ts). This gives each rendered element a box in view, as a
 * browser would, and lets a test say which element a hit test reaches. The rules that need a
 * real engine (real boxes, real stacking) are tested end to end in Chromium and Firefox.
 */
import { vi } from 'vitest';

type Rect = { left: number; top: number; width: number; height: number };

// Kept on the element itself: happy-dom hands out a form as a Proxy, and a method called through it
// sees the target, so a WeakMap keyed by the element would miss forms.
const BOX = Symbol('fake box');
const boxes = {
  get: (el: Element): Rect | undefined => (el as Element & { [BOX]?: Rect })[BOX],
  set: (el: Element, rect: Rect): void => {
    (el as Element & { [BOX]?: Rect })[BOX] = rect;
  },
};
let hitTest: ((x: number, y: number) => Element[]) | undefined;

/** Not rendered at all: `hidden` or `display: none` on the element or an ancestor (happy-dom
 * applies neither to boxes). */
function notRendered(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (at.hasAttribute('hidden')) return true;
    if (at.ownerDocument.defaultView?.getComputedStyle(at).display === 'none') return true;
  }
  return false;
}

function rectOf(el: Element): DOMRect {
  const box = !el.isConnected || notRendered(el) ? { left: 0, top: 0, width: 0, height: 0 } : (boxes.get(el) ?? { left: 10, top: 10, width: 100, height: 20 });
  const { left, top, width, height } = box;
  return { x: left, y: top, left, top, width, height, right: left + width, bottom: top + height, toJSON: () => box };
}

/** Call in beforeEach: boxes for every rendered element, and no element covered unless a test says so. */
export function useFakeLayout(): void {
  hitTest = undefined;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return rectOf(this);
  });
  Object.defineProperty(document, 'elementsFromPoint', {
    configurable: true,
    value: (x: number, y: number) => hitTest?.(x, y) ?? [],
  });
}

/** Places an element: its box, viewport-relative. */
export function placeAt(el: Element, rect: Rect): void {
  boxes.set(el, rect);
}

/** Every hit test reaches `top` first (the element drawn over the others). */
export function coverWith(top: Element): void {
  hitTest = () => [top, ...(top.parentElement ? [top.parentElement] : [])];
}

/** Hit tests answer with this function. */
export function hitTestWith(fn: (x: number, y: number) => Element[]): void {
  hitTest = fn;
}

/**
 * Two copies of the same form drawn in one place, `over` covering `under` (X's responsive
 * duplicate, docs/x-facts.md F3): the n-th element of each copy gets the same box, a box of its
 * own in view, and a hit test there reaches the `over` copy's element. Elements outside the two
 * copies keep their boxes and are covered by nothing.
 */
export function stackCopies(under: Element, over: Element): void {
  const overEls = [over, ...over.querySelectorAll('*')];
  const underEls = [under, ...under.querySelectorAll('*')];
  const columns = 16;
  const cells = Math.max(overEls.length, underEls.length);
  if (cells > columns * 20) throw new Error(`stackCopies: ${cells} elements do not fit the view`);
  const cell = (i: number): Rect => ({ left: 300 + (i % columns) * 40, top: 100 + Math.floor(i / columns) * 30, width: 30, height: 20 });
  overEls.forEach((el, i) => placeAt(el, cell(i)));
  underEls.forEach((el, i) => placeAt(el, cell(i)));
  hitTestWith((x, y) => {
    const i = overEls.findIndex((_el, n) => {
      const box = cell(n);
      return x >= box.left && x < box.left + box.width && y >= box.top && y < box.top + box.height;
    });
    // Outside the copies' cells nothing is drawn over: the other copy's extra elements, if any, stay covered.
    if (i >= 0) return [overEls[i]!];
    const j = underEls.findIndex((_el, n) => {
      const box = cell(n);
      return x >= box.left && x < box.left + box.width && y >= box.top && y < box.top + box.height;
    });
    return j >= 0 ? [over] : [];
  });
}
