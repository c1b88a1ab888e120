import { describe, expect, it } from 'vitest';
import { ringBox } from '../../../../src/ui/components/Highlight';

const PHONE = { width: 390, height: 844 };
const contains = (outer: { left: number; top: number; right: number; bottom: number }, inner: typeof outer) =>
  outer.left <= inner.left && outer.top <= inner.top && outer.right >= inner.right && outer.bottom >= inner.bottom;

describe('the ring around a guide’s target', () => {
  it('stands a little outside the target when there is room', () => {
    const target = { left: 100, top: 200, right: 300, bottom: 240 };
    expect(ringBox(target, PHONE)).toEqual({ left: 96, top: 196, right: 304, bottom: 244 });
  });

  it('stays on screen around a row as wide as the phone’s screen, and still contains it', () => {
    const row = { left: 0, top: 400, right: 390, bottom: 460 };
    const ring = ringBox(row, PHONE);
    expect(ring).toEqual({ left: 0, top: 396, right: 390, bottom: 464 });
    expect(contains(ring, row)).toBe(true);
  });

  it('keeps to the edge it touches, only there (2 px from the bottom)', () => {
    const target = { left: 10, top: 800, right: 100, bottom: 842 };
    expect(ringBox(target, PHONE)).toEqual({ left: 6, top: 796, right: 104, bottom: 844 });
  });
});
