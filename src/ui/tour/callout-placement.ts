/**
 * Where a guide's instruction box goes: beside the target (end side first),
 * else below or above it, never over it; in the bottom corner when there is no target.
 */
import type { Box, Viewport } from '../placement';

export const CALLOUT = { width: 300, gap: 12, margin: 12 } as const;

export interface Size {
  width: number;
  height: number;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, Math.max(low, high)));

export function placeCallout(target: Box | undefined, size: Size, viewport: Viewport, rtl: boolean): { left: number; top: number } {
  const { gap, margin } = CALLOUT;
  const maxLeft = viewport.width - margin - size.width;
  const maxTop = viewport.height - margin - size.height;
  if (!target) return { left: rtl ? margin : maxLeft, top: maxTop };

  const besideTop = clamp(target.top, margin, maxTop);
  const alignedLeft = clamp(rtl ? target.right - size.width : target.left, margin, maxLeft);
  const after = { left: target.right + gap, top: besideTop, fits: target.right + gap <= maxLeft };
  const before = { left: target.left - gap - size.width, top: besideTop, fits: target.left - gap - size.width >= margin };
  const below = { left: alignedLeft, top: target.bottom + gap, fits: target.bottom + gap <= maxTop };
  const above = { left: alignedLeft, top: target.top - gap - size.height, fits: target.top - gap - size.height >= margin };
  const order = rtl ? [before, after, below, above] : [after, before, below, above];
  const chosen = order.find((option) => option.fits);
  if (chosen) return { left: chosen.left, top: chosen.top };
  // Nothing fits beside a huge target: the viewport edge furthest from its centre.
  const centre = (target.top + target.bottom) / 2;
  return { left: rtl ? margin : maxLeft, top: centre > viewport.height / 2 ? margin : maxTop };
}
