/**
 * Where the panel and the launcher may go without covering X's controls.
 * Pure geometry over viewport-relative boxes, so it is tested without a browser.
 */
import type { PageContext, PageReading } from '../page/reading';
import { CONTEXTS, contextOf } from './contexts';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export interface Slot {
  left: number;
  top: number;
  width: number;
  maxHeight: number;
}

export interface PanelPlacementInput {
  viewport: Viewport;
  /** Boxes that must stay uncovered (X's inputs, buttons, links). */
  avoid: readonly Box[];
  /** A box better left uncovered if there is room (X's whole dialog). */
  prefer?: Box | undefined;
  rtl: boolean;
  /** The narrowest the panel may be made (its rendered width when CSS would not let it shrink). */
  minWidth?: number | undefined;
}

export const PANEL = { preferredWidth: 340, minWidth: 250, minHeight: 150, comfortableHeight: 360, maxBandWidth: 480, gap: 12 } as const;
export const LAUNCHER = { size: 48, gap: 16 } as const;

/**
 * Contexts where the panel opens by itself: there it must cover none of X's
 * visible controls, anywhere on the page, and folds to the launcher when no
 * free space is left. Which contexts keep clear: src/ui/contexts.ts.
 */
export const KEEP_CLEAR_CONTEXTS: ReadonlySet<PageContext> = new Set(
  (Object.keys(CONTEXTS) as PageContext[]).filter((context) => CONTEXTS[context].keepsClear),
);

/** The same rule for one reading: a login step holding only X's error banner keeps clear too. */
export const keepsClear = (reading: PageReading): boolean => contextOf(reading).keepsClear;

export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function slotBox(slot: Slot): Box {
  return { left: slot.left, top: slot.top, right: slot.left + slot.width, bottom: slot.top + slot.maxHeight };
}

function onScreen(viewport: Viewport) {
  return (box: Box) =>
    box.right > box.left && box.bottom > box.top && box.bottom > 0 && box.right > 0 && box.top < viewport.height && box.left < viewport.width;
}

/**
 * A full-height column beside the boxes (end side first: right on
 * left-to-right pages), else the largest free rectangle between them; at least
 * PANEL.minWidth × PANEL.minHeight (the panel scrolls inside). Undefined when
 * nothing fits, and the caller then shows only the launcher.
 */
export function placePanel({ viewport, avoid, prefer, rtl, minWidth = PANEL.minWidth }: PanelPlacementInput): Slot | undefined {
  const min = Math.max(PANEL.minWidth, Math.ceil(minWidth));
  const boxes = avoid.filter(onScreen(viewport));
  const soft = prefer && onScreen(viewport)(prefer) ? [...boxes, prefer] : undefined;
  for (const set of soft ? [soft, boxes] : [boxes]) {
    const slot = placeColumn(viewport, set, rtl, min) ?? placeRect(viewport, set, rtl, min);
    if (slot) return slot;
  }
  return undefined;
}

function placeColumn(viewport: Viewport, boxes: readonly Box[], rtl: boolean, minWidth: number): Slot | undefined {
  const { gap, preferredWidth } = PANEL;
  const maxHeight = viewport.height - 2 * gap;
  if (maxHeight < PANEL.minHeight) return undefined;
  const rightmost = Math.max(0, ...boxes.map((b) => b.right));
  const leftmost = Math.min(viewport.width, ...boxes.map((b) => b.left));
  const rightRoom = viewport.width - gap - (rightmost + gap);
  const leftRoom = leftmost - gap - gap;
  const width = (room: number) => Math.min(Math.max(preferredWidth, minWidth), room);
  const right = (): Slot | undefined => {
    if (rightRoom < minWidth) return undefined;
    return { left: viewport.width - gap - width(rightRoom), top: gap, width: width(rightRoom), maxHeight };
  };
  const left = (): Slot | undefined => {
    if (leftRoom < minWidth) return undefined;
    return { left: gap, top: gap, width: width(leftRoom), maxHeight };
  };
  return rtl ? (left() ?? right()) : (right() ?? left());
}

/**
 * The best free rectangle: every box grown by the gap, candidate edges taken
 * from the boxes' own edges. Taller wins up to a comfortable height, then
 * wider up to the preferred width, then taller still, then wider up to the
 * band width, then the end side, then higher up.
 *
 * It runs on every frame that moves a box, so each candidate costs constant time and the search
 * grows with the square of the boxes, not their cube. Candidate tops are taken from the bottom up;
 * a box joins once a top is above its bottom (a box that does not reach below a top cannot limit a
 * rectangle starting there), and then it limits the rectangles over it to its own top, which is no
 * height at all when it reaches over the top line. The strips between the boxes' edges keep the
 * highest such limit; each width's candidates slide left to right over the strips, with the highest
 * limit in reach kept in a monotonic queue.
 */
function placeRect(viewport: Viewport, boxes: readonly Box[], rtl: boolean, minWidth: number): Slot | undefined {
  const { gap, minHeight, preferredWidth, maxBandWidth, comfortableHeight } = PANEL;
  const grown = boxes.map((b) => ({ left: b.left - gap, top: b.top - gap, right: b.right + gap, bottom: b.bottom + gap }));
  const inner = { left: gap, top: gap, right: viewport.width - gap, bottom: viewport.height - gap };
  const room = inner.right - inner.left;
  const widths = [...new Set([Math.min(maxBandWidth, room), Math.min(Math.max(preferredWidth, minWidth), room), minWidth])].filter(
    (w) => w >= minWidth && w <= room,
  );
  if (widths.length === 0) return undefined;
  const unique = (values: number[]) => [...new Set(values.map((v) => Math.round(v)))];
  const tops = unique([inner.top, ...grown.map((b) => b.bottom)]).filter((t) => t >= inner.top && t + minHeight <= inner.bottom);
  const lefts = unique([inner.left, ...grown.map((b) => b.right)]);
  const rights = unique([inner.right, ...grown.map((b) => b.left)]);

  const narrowest = Math.min(...widths);
  const strips = stripsOf(grown);
  let candidates: Window[][] | undefined; // made when a first top leaves a gap wide enough
  let best: Slot | undefined;
  /** The keys above in their order, compared one by one (nothing is built per candidate). */
  const beats = (height: number, width: number, left: number, top: number, other: Slot): boolean =>
    decides(Math.min(height, comfortableHeight) - Math.min(other.maxHeight, comfortableHeight)) ??
    decides(Math.min(width, preferredWidth) - Math.min(other.width, preferredWidth)) ??
    decides(height - other.maxHeight) ??
    decides(Math.min(width, maxBandWidth) - Math.min(other.width, maxBandWidth)) ??
    decides(rtl ? other.left - left : left - other.left) ??
    other.top - top > 0;
  const byBottom = [...grown].sort((a, b) => b.bottom - a.bottom);
  let joined = 0;
  for (const top of [...tops].sort((a, b) => b - a)) {
    for (; joined < byBottom.length && byBottom[joined]!.bottom > top; joined++) strips.join(byBottom[joined]!);
    // Most tops of a crowded page leave no gap wide enough: those cost one pass over the strips.
    if (strips.widestGap(top + minHeight, inner) < narrowest) continue;
    candidates ??= widths.map((width) => strips.windows(width, [...lefts, ...rights.map((r) => r - width)], inner));
    widths.forEach((width, i) =>
      strips.slide(candidates![i]!, (left, limit) => {
        const height = Math.min(inner.bottom, limit) - top;
        if (height >= minHeight && (!best || beats(height, width, left, top, best))) best = { left, top, width, maxHeight: height };
      }),
    );
  }
  return best && widen(best, grown, inner, rtl);
}

/** A difference that decides (its sign), or undefined when the two are alike in this key. */
const decides = (difference: number): boolean | undefined => (difference === 0 ? undefined : difference > 0);

/** Candidate rectangles of one width: their left edge and the strips they span (none when `last` < `first`). */
interface Window {
  left: number;
  first: number;
  last: number;
}

/** The strips of a set of boxes, and what the search asks of them (see placeRect). */
interface Strips {
  /** The box joins: the strips it spans are limited to its top, if that is higher. */
  join(box: Box): void;
  /** The width of the widest gap inside `inner` between the strips whose limit is above `bottom`. */
  widestGap(bottom: number, inner: Box): number;
  /** The windows of `width` at these lefts, inside `inner`, left to right. */
  windows(width: number, starts: readonly number[], inner: Box): Window[];
  /** Calls `visit` with each window, left to right: its left and the highest limit it spans (Infinity: none). */
  slide(windows: readonly Window[], visit: (left: number, limit: number) => void): void;
}

/**
 * The spans between consecutive box edges, each with the highest top of the boxes joined over it
 * (its limit; Infinity while none). A rectangle overlaps a box exactly when it overlaps one of the
 * strips the box spans.
 */
function stripsOf(boxes: readonly Box[]): Strips {
  const all = new Float64Array(boxes.length * 2);
  boxes.forEach((b, i) => {
    all[i * 2] = b.left;
    all[i * 2 + 1] = b.right;
  });
  all.sort();
  let count = 0;
  for (const x of all) if (count === 0 || x !== all[count - 1]) all[count++] = x;
  const edges = all.subarray(0, count);
  const index = new Map<number, number>();
  edges.forEach((x, i) => index.set(x, i));
  const limit = new Float64Array(Math.max(0, count - 1)).fill(Infinity);
  const queue = new Int32Array(limit.length);
  return {
    join(box) {
      for (let strip = index.get(box.left)!, end = index.get(box.right)!; strip < end; strip++) {
        if (box.top < limit[strip]!) limit[strip] = box.top;
      }
    },
    widestGap(bottom, inner) {
      let widest = 0;
      let gapStart = inner.left;
      for (let strip = 0; strip < limit.length; strip++) {
        if (limit[strip]! >= bottom) continue;
        widest = Math.max(widest, Math.min(edges[strip]!, inner.right) - gapStart);
        gapStart = Math.max(gapStart, edges[strip + 1]!);
      }
      return Math.max(widest, inner.right - gapStart);
    },
    windows(width, starts, inner) {
      const lefts = [...new Set(starts)].filter((left) => left >= inner.left && left + width <= inner.right).sort((a, b) => a - b);
      let first = 0;
      let last = -1;
      return lefts.map((left) => {
        while (first < count - 1 && edges[first + 1]! <= left) first++;
        while (last < count - 2 && edges[last + 1]! < left + width) last++;
        return { left, first, last };
      });
    },
    slide(windows, visit) {
      let head = 0;
      let tail = 0;
      let next = 0;
      for (const { left, first, last } of windows) {
        if (next < first) {
          // Every strip queued so far lies left of this window.
          next = first;
          head = tail = 0;
        }
        for (; next <= last; next++) {
          while (tail > head && limit[queue[tail - 1]!]! >= limit[next]!) tail--;
          queue[tail++] = next;
        }
        while (head < tail && queue[head]! < first) head++;
        visit(left, head < tail ? limit[queue[head]!]! : Infinity);
      }
    },
  };
}

/** A slot narrower than preferred grows sideways into free space (start side first), keeping its end edge. */
function widen(slot: Slot, grown: readonly Box[], inner: Box, rtl: boolean): Slot {
  const target = PANEL.preferredWidth;
  if (slot.width >= target) return slot;
  const top = slot.top;
  const bottom = slot.top + slot.maxHeight;
  const beside = grown.filter((b) => b.top < bottom && b.bottom > top);
  let left = slot.left;
  let right = slot.left + slot.width;
  const freeLeft = Math.max(inner.left, ...beside.filter((b) => b.right <= left).map((b) => b.right));
  const freeRight = Math.min(inner.right, ...beside.filter((b) => b.left >= right).map((b) => b.left));
  const grow = (room: number) => Math.max(0, Math.min(room, target - (right - left)));
  if (rtl) {
    right += grow(freeRight - right);
    left -= grow(left - freeLeft);
  } else {
    left -= grow(left - freeLeft);
    right += grow(freeRight - right);
  }
  return { ...slot, left, width: right - left };
}

/** Corners for the launcher, most expected first. */
function launcherCandidates(viewport: Viewport, rtl: boolean): Box[] {
  const { size, gap } = LAUNCHER;
  const start = gap;
  const end = viewport.width - gap - size;
  const bottom = viewport.height - gap - size;
  const middle = Math.round(viewport.height / 2 - size / 2);
  const [first, second] = rtl ? [start, end] : [end, start];
  return [
    [first, bottom],
    [second, bottom],
    [first, middle],
    [second, middle],
    [first, gap],
    [second, gap],
  ].map(([left = 0, top = 0]) => ({ left, top, right: left + size, bottom: top + size }));
}

/** The first launcher corner that covers nothing in `avoid`; the first corner if all are taken. */
export function placeLauncher(viewport: Viewport, avoid: readonly Box[], rtl: boolean): Box {
  const candidates = launcherCandidates(viewport, rtl);
  return candidates.find((box) => !avoid.some((other) => intersects(box, other))) ?? (candidates[0] as Box);
}
