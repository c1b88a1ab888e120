/**
 * Where a guide's instruction box goes: beside the target (end side first),
 * else below or above it, never over it; in the bottom corner when there is no target.
 */
import { intersects, type Box, type Viewport } from '../placement';

export const CALLOUT = { width: 300, gap: 12, margin: 12 } as const;

type Side = 'after' | 'before' | 'below' | 'above';

export interface Size {
  width: number;
  height: number;
}

export interface CalloutSpot {
  left: number;
  top: number;
  side?: Side;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, Math.max(low, high)));

/** Every side that fits, most natural first ("after" is right of the target on left-to-right pages). */
export function calloutOptions(target: Box, size: Size, viewport: Viewport, rtl: boolean): Required<CalloutSpot>[] {
  const { gap, margin } = CALLOUT;
  const maxLeft = viewport.width - margin - size.width;
  const maxTop = viewport.height - margin - size.height;
  const besideTop = clamp(target.top, margin, maxTop);
  const alignedLeft = clamp(rtl ? target.right - size.width : target.left, margin, maxLeft);
  const right = { left: target.right + gap, top: besideTop, fits: target.right + gap <= maxLeft };
  const left = { left: target.left - gap - size.width, top: besideTop, fits: target.left - gap - size.width >= margin };
  const options = [
    { side: 'after' as const, ...(rtl ? left : right) },
    { side: 'before' as const, ...(rtl ? right : left) },
    { side: 'below' as const, left: alignedLeft, top: target.bottom + gap, fits: target.bottom + gap <= maxTop },
    { side: 'above' as const, left: alignedLeft, top: target.top - gap - size.height, fits: target.top - gap - size.height >= margin },
  ];
  return options.filter((option) => option.fits).map(({ side, left: l, top }) => ({ side, left: l, top }));
}

/** A side, and how much further from the target the box moves (below or above: past rows of X's). */
export interface CalloutChoice {
  side: Side;
  offset: number;
}

/**
 * The box on a side, `offset` further away from the target (below: down, above: up). Only below and
 * above move: beside the target the box already leaves its rows free.
 */
function shifted(option: Required<CalloutSpot>, offset: number): Required<CalloutSpot> {
  if (option.side === 'below') return { ...option, top: option.top + offset };
  if (option.side === 'above') return { ...option, top: option.top - offset };
  return option;
}

/** Offsets that put the box just past one of `boxes` (after it below, before it above), nearest first. */
function offsetsPast(option: Required<CalloutSpot>, size: Size, boxes: readonly Box[], viewport: Viewport): number[] {
  const { gap, margin } = CALLOUT;
  const offsets = new Set<number>([0]);
  for (const box of boxes) {
    if (option.side === 'below' && box.bottom > option.top) offsets.add(Math.ceil(box.bottom + gap - option.top));
    if (option.side === 'above' && box.top < option.top + size.height) offsets.add(Math.ceil(option.top + size.height - (box.top - gap)));
  }
  const fits = (offset: number) => {
    const top = shifted(option, offset).top;
    return top >= margin && top + size.height <= viewport.height - margin;
  };
  return [...offsets].filter((offset) => offset >= 0 && fits(offset)).sort((a, b) => a - b);
}

/**
 * Where the instruction covers nothing of X's it should leave free: none of `avoid` (X's live
 * controls) and none of `keep` (what the step names beside its target, such as the section heading
 * above it). Sides in their natural order; below and above slide away past X's rows when the spot
 * next to the target is taken (a phone's list: there is room under it). Else the spot covering
 * fewest, the named things counting most. Undefined when no side fits.
 */
export function chooseCallout(
  target: Box,
  size: Size,
  viewport: Viewport,
  rtl: boolean,
  avoid: readonly Box[],
  keep: readonly Box[],
): CalloutChoice | undefined {
  const others = avoid.filter((box) => !intersects(box, target));
  let best: (CalloutChoice & { covered: number }) | undefined;
  for (const option of calloutOptions(target, size, viewport, rtl)) {
    for (const offset of offsetsPast(option, size, [...others, ...keep], viewport)) {
      const spot = shifted(option, offset);
      const area = { left: spot.left, top: spot.top, right: spot.left + size.width, bottom: spot.top + size.height };
      const covered = keep.filter((box) => intersects(area, box)).length * 100 + others.filter((box) => intersects(area, box)).length;
      if (covered === 0) return { side: option.side, offset };
      if (!best || covered < best.covered) best = { side: option.side, offset, covered };
    }
  }
  return best && { side: best.side, offset: best.offset };
}

/** The spot of the `preferred` choice when its side still fits, else the first side that fits. */
export function placeCallout(target: Box | undefined, size: Size, viewport: Viewport, rtl: boolean, preferred?: CalloutChoice): CalloutSpot {
  const { margin } = CALLOUT;
  const maxLeft = viewport.width - margin - size.width;
  const maxTop = viewport.height - margin - size.height;
  if (!target) return { left: rtl ? margin : maxLeft, top: maxTop };
  const options = calloutOptions(target, size, viewport, rtl);
  const kept = preferred && options.find((option) => option.side === preferred.side);
  if (kept) {
    const spot = shifted(kept, preferred.offset);
    return { ...spot, top: clamp(spot.top, margin, maxTop) };
  }
  const chosen = options[0];
  if (chosen) return chosen;
  // Nothing fits beside a huge target: the viewport edge furthest from its centre.
  const centre = (target.top + target.bottom) / 2;
  return { left: rtl ? margin : maxLeft, top: centre > viewport.height / 2 ? margin : maxTop };
}
