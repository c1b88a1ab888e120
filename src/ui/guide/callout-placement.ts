/**
 * Where a guide's instruction box goes: beside the target (end side first),
 * else below or above it, never over it; in the bottom corner when there is no target.
 */
import type { Box, Viewport } from '../placement';

export const CALLOUT = { width: 300, gap: 12, margin: 12 } as const;

export type Side = 'after' | 'before' | 'below' | 'above';

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

/** The spot on `preferred` side when it still fits, else the first side that fits. */
export function placeCallout(target: Box | undefined, size: Size, viewport: Viewport, rtl: boolean, preferred?: Side): CalloutSpot {
  const { margin } = CALLOUT;
  const maxLeft = viewport.width - margin - size.width;
  const maxTop = viewport.height - margin - size.height;
  if (!target) return { left: rtl ? margin : maxLeft, top: maxTop };
  const options = calloutOptions(target, size, viewport, rtl);
  const chosen = options.find((option) => option.side === preferred) ?? options[0];
  if (chosen) return chosen;
  // Nothing fits beside a huge target: the viewport edge furthest from its centre.
  const centre = (target.top + target.bottom) / 2;
  return { left: rtl ? margin : maxLeft, top: centre > viewport.height / 2 ? margin : maxTop };
}
