/**
 * Where the panel and the launcher may go without covering X's controls.
 * Pure geometry over viewport-relative boxes, so it is tested without a browser.
 */
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
  prefer?: Box;
  rtl: boolean;
}

export const PANEL = { preferredWidth: 340, minWidth: 250, minHeight: 150, maxBandWidth: 480, gap: 12 } as const;
export const LAUNCHER = { size: 48, gap: 16 } as const;

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
 * A column beside the boxes (end side first: right on left-to-right pages),
 * else the tallest free horizontal band between them; undefined when nothing
 * fits, and the caller then shows only the launcher.
 */
export function placePanel({ viewport, avoid, prefer, rtl }: PanelPlacementInput): Slot | undefined {
  const boxes = avoid.filter(onScreen(viewport));
  const soft = prefer && onScreen(viewport)(prefer) ? [...boxes, prefer] : undefined;
  for (const set of soft ? [soft, boxes] : [boxes]) {
    const column = placeColumn(viewport, set, rtl);
    if (column) return column;
  }
  return placeBand(viewport, boxes, rtl);
}

function placeColumn(viewport: Viewport, boxes: readonly Box[], rtl: boolean): Slot | undefined {
  const { gap, preferredWidth, minWidth } = PANEL;
  const maxHeight = viewport.height - 2 * gap;
  if (maxHeight < PANEL.minHeight) return undefined;
  const rightmost = Math.max(0, ...boxes.map((b) => b.right));
  const leftmost = Math.min(viewport.width, ...boxes.map((b) => b.left));
  const rightRoom = viewport.width - gap - (rightmost + gap);
  const leftRoom = leftmost - gap - gap;
  const right = (): Slot | undefined => {
    if (rightRoom < minWidth) return undefined;
    const width = Math.min(preferredWidth, rightRoom);
    return { left: viewport.width - gap - width, top: gap, width, maxHeight };
  };
  const left = (): Slot | undefined => {
    if (leftRoom < minWidth) return undefined;
    return { left: gap, top: gap, width: Math.min(preferredWidth, leftRoom), maxHeight };
  };
  return rtl ? (left() ?? right()) : (right() ?? left());
}

function placeBand(viewport: Viewport, boxes: readonly Box[], rtl: boolean): Slot | undefined {
  const { gap, minHeight, maxBandWidth } = PANEL;
  const sorted = [...boxes].sort((a, b) => a.top - b.top);
  let best: { top: number; bottom: number } | undefined;
  let cursor = 0;
  const consider = (top: number, bottom: number) => {
    const height = bottom - top;
    if (height >= minHeight && (!best || height > best.bottom - best.top)) best = { top, bottom };
  };
  for (const box of sorted) {
    consider(cursor + gap, box.top - gap);
    cursor = Math.max(cursor, box.bottom);
  }
  consider(cursor + gap, viewport.height - gap);
  if (!best) return undefined;
  const width = Math.min(maxBandWidth, viewport.width - 2 * gap);
  if (width < PANEL.minWidth) return undefined;
  const left = rtl ? gap : viewport.width - gap - width;
  return { left, top: best.top, width, maxHeight: best.bottom - best.top };
}

/** Corners for the launcher, most expected first. */
export function launcherCandidates(viewport: Viewport, rtl: boolean): Box[] {
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
