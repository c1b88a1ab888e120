/** Box arithmetic on the node side, for rectangles read from the page. */
import type { Rect } from './page-probes';

/** `outer` wholly encloses `inner`. */
export const contains = (outer: Rect, inner: Rect) =>
  outer.left <= inner.left && outer.top <= inner.top && outer.right >= inner.right && outer.bottom >= inner.bottom;

/** The two boxes share some area (touching edges do not count). */
export const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
