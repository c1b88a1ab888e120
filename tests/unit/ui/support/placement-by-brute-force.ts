/**
 * The panel's placement as it was first written (until 2026-12-04): every candidate rectangle tried
 * against every box, in time that grows with the cube of the boxes. It states the rule plainly, so
 * it stays as the definition that src/ui/placement.ts, which finds the same slot faster, is checked
 * against (placement-search.test.ts).
 */
import { PANEL, type Box, type PanelPlacementInput, type Slot, type Viewport } from '../../../../src/ui/placement';

function onScreen(viewport: Viewport) {
  return (box: Box) =>
    box.right > box.left && box.bottom > box.top && box.bottom > 0 && box.right > 0 && box.top < viewport.height && box.left < viewport.width;
}

export function placePanelByBruteForce({ viewport, avoid, prefer, rtl, minWidth = PANEL.minWidth }: PanelPlacementInput): Slot | undefined {
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
