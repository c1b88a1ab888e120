/**
 * Reads where X's controls are on screen, for placement.ts. Only boxes are
 * read (never values), and only when placement is recomputed, not per mutation.
 */
import { anyOf, findAll } from '../page/selectors';
import type { Box } from './placement';

const CONTROL_LIMIT = 200;
const SAMPLE_STEP = 32;

function toBox(rect: DOMRect): Box {
  return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
}

export function boxOf(el: Element): Box {
  return toBox(el.getBoundingClientRect());
}

/** Boxes of the visible controls inside a login step. */
export function controlBoxes(scope: Element): Box[] {
  return findAll(scope, 'control')
    .slice(0, CONTROL_LIMIT)
    .map(boxOf)
    .filter((box) => box.right > box.left && box.bottom > box.top);
}

/**
 * Boxes of X's controls found under an area by hit-testing a grid of points.
 * Catches controls outside the step container (a bottom bar, a header button).
 */
export function controlsUnder(doc: Document, area: Box, ownHost: Element | null): Box[] {
  const found = new Map<Element, Box>();
  const selector = anyOf('control');
  for (let y = area.top + 2; y < area.bottom; y += SAMPLE_STEP) {
    for (let x = area.left + 2; x < area.right; x += SAMPLE_STEP) {
      for (const el of doc.elementsFromPoint(x, y)) {
        if (el === ownHost || el === doc.documentElement || el === doc.body) continue;
        const control = el.closest(selector);
        if (control && !found.has(control)) found.set(control, boxOf(control));
        break; // only the topmost of X's elements at this point matters
      }
    }
  }
  return [...found.values()];
}
