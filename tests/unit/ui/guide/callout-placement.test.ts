import { describe, expect, it } from 'vitest';
import { intersects, type Box } from '../../../../src/ui/placement';
import { CALLOUT, calloutOptions, chooseCallout, placeCallout } from '../../../../src/ui/guide/callout-placement';

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
    expect(placeCallout(target, size, viewport, false, { side: 'below', offset: 0 }).side).toBe('below');
    expect(calloutOptions(target, size, viewport, false).map((o) => o.side)).toEqual(['after', 'before', 'below', 'above']);
  });

  it('sits in the bottom corner without a target', () => {
    expect(placeCallout(undefined, size, viewport, false)).toEqual({ left: 1280 - 12 - 300, top: 800 - 12 - 120 });
    expect(placeCallout(undefined, size, viewport, true).left).toBe(12);
  });
});

describe('chooseCallout, on a phone’s settings list', () => {
  const phone = { width: 390, height: 844 };
  const callout = { width: 366, height: 110 };
  // X's two-factor page on a phone: three method rows, the section heading "Additional methods",
  // "Backup codes" (the target), "Temporary password", "Learn more", then free space.
  const rows = [box(0, 110, 390, 70), box(0, 190, 390, 60), box(0, 260, 390, 60)];
  const heading = box(16, 370, 300, 28);
  const target = box(0, 410, 390, 44);
  const below = [box(0, 454, 390, 44), box(16, 508, 80, 20)];
  const spot = (choice: ReturnType<typeof chooseCallout>) => placeCallout(target, callout, phone, false, choice);
  const area = (at: { left: number; top: number }) => box(at.left, at.top, callout.width, callout.height);

  it('leaves the heading the step is read against, and every row, free: it moves below the list', () => {
    const choice = chooseCallout(target, callout, phone, false, [...rows, target, ...below], [heading]);
    expect(choice?.side).toBe('below');
    const at = area(spot(choice));
    for (const other of [...rows, heading, target, ...below]) expect(intersects(at, other)).toBe(false);
    expect(at.top).toBeGreaterThanOrEqual(528); // under "Learn more"
  });

  it('with no room below, covers a row rather than the heading', () => {
    const tall = { width: 366, height: 300 };
    const choice = chooseCallout(target, tall, phone, false, [...rows, target, ...below], [heading]);
    expect(choice).toBeDefined();
    const at = box(spot(choice).left, placeCallout(target, tall, phone, false, choice).top, tall.width, tall.height);
    expect(intersects(at, heading)).toBe(false);
    expect(intersects(at, target)).toBe(false);
  });

  it('stays beside the target where there is room (a wide screen), without moving', () => {
    const wideTarget = box(400, 300, 300, 44);
    expect(chooseCallout(wideTarget, size, viewport, false, [wideTarget], [box(400, 250, 200, 28)])).toEqual({ side: 'after', offset: 0 });
  });
});
