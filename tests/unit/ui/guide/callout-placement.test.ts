import { describe, expect, it } from 'vitest';
import { intersects, type Box } from '../../../../src/ui/placement';
import { CALLOUT, calloutOptions, placeCallout } from '../../../../src/ui/guide/callout-placement';

const viewport = { width: 1280, height: 800 };
const size = { width: CALLOUT.width, height: 120 };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
const spotBox = (spot: { left: number; top: number }) => box(spot.left, spot.top, size.width, size.height);

describe('placeCallout', () => {
  it('goes after the target on left-to-right pages, before it on right-to-left ones', () => {
    const target = box(60, 300, 200, 50);
    const ltr = placeCallout(target, size, viewport, false);
    expect(ltr.left).toBeGreaterThanOrEqual(target.right);
    const rtlTarget = box(1000, 300, 200, 50);
    const rtl = placeCallout(rtlTarget, size, viewport, true);
    expect(rtl.left + size.width).toBeLessThanOrEqual(rtlTarget.left);
  });

  it('never covers the target, and stays inside the viewport', () => {
    for (const target of [box(0, 0, 1280, 60), box(500, 700, 600, 90), box(10, 10, 50, 50), box(900, 380, 380, 40)]) {
      for (const rtl of [false, true]) {
        const spot = placeCallout(target, size, viewport, rtl);
        expect(intersects(spotBox(spot), target)).toBe(false);
        expect(spot.left).toBeGreaterThanOrEqual(0);
        expect(spot.top + size.height).toBeLessThanOrEqual(viewport.height);
      }
    }
  });

  it('keeps a preferred side while it fits', () => {
    const target = box(500, 300, 200, 50);
    expect(placeCallout(target, size, viewport, false, 'below').side).toBe('below');
    expect(calloutOptions(target, size, viewport, false).map((o) => o.side)).toEqual(['after', 'before', 'below', 'above']);
  });

  it('sits in the bottom corner without a target', () => {
    expect(placeCallout(undefined, size, viewport, false)).toEqual({ left: 1280 - 12 - 300, top: 800 - 12 - 120 });
    expect(placeCallout(undefined, size, viewport, true).left).toBe(12);
  });
});
