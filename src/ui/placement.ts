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

  let best: { slot: Slot; score: number[] } | undefined;
  const better = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) > (b[i] ?? 0);
    return false;
  };
  for (const top of tops) {
    // Boxes reaching below this top line are the only ones that can limit the height.
    const below = grown.filter((b) => b.bottom > top);
    for (const width of widths) {
      const starts = [...lefts, ...rights.map((r) => r - width)];
      for (const left of starts) {
        if (left < inner.left || left + width > inner.right) continue;
        let bottom = inner.bottom;
        for (const b of below) {
          if (b.right <= left || b.left >= left + width) continue;
          bottom = Math.min(bottom, b.top <= top ? top : b.top);
          if (bottom - top < minHeight) break;
        }
        const height = bottom - top;
        if (height < minHeight) continue;
        const score = [Math.min(height, comfortableHeight), Math.min(width, preferredWidth), height, Math.min(width, maxBandWidth), rtl ? -left : left, -top];
        if (!best || better(score, best.score)) best = { slot: { left, top, width, maxHeight: height }, score };
      }
    }
  }
  return best && widen(best.slot, grown, inner, rtl);
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
