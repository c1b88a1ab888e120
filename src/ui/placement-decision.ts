/**
 * One placement decision from the boxes it was measured from, and the last decision reused while
 * none of those boxes moved. Placement is measured on every frame that may move a box (scroll,
 * transitions, X's re-layouts), and most such frames move none of the boxes it uses: comparing them
 * costs a few numbers per box, the search it skips far more.
 */
import { PANEL, placeLauncher, placePanel, type Box, type Slot, type Viewport } from './placement';

export interface Placement {
  /** Undefined when the panel cannot sit anywhere without covering X's controls. */
  panel: Slot | undefined;
  launcher: Box;
}

/** All a decision depends on. */
export interface PlacementInput {
  viewport: Viewport;
  rtl: boolean;
  /** The narrowest the panel has proved it can be drawn (its rendered width). */
  minWidth: number;
  /** The panel opens by itself here, so it keeps clear of every control; else it was opened by hand. */
  keepClear: boolean;
  /** X's live controls in view: the panel where it keeps clear, and the launcher always, stay off them. */
  avoid: readonly Box[];
  /** X's step, left whole where there is room (keepClear only). */
  prefer: Box | undefined;
  /** What a panel opened by hand leaves free: the items the settings path names next. */
  free: readonly Box[];
}

/** For pages the user opened the panel on by hand: the end side, over the page. */
function overlaySlot(viewport: Viewport, rtl: boolean): Slot {
  const width = Math.min(PANEL.preferredWidth, viewport.width - 2 * PANEL.gap);
  const left = rtl ? PANEL.gap : viewport.width - PANEL.gap - width;
  return { left, top: PANEL.gap, width, maxHeight: viewport.height - 2 * PANEL.gap };
}

export function decidePlacement({ viewport, rtl, minWidth, keepClear, avoid, prefer, free }: PlacementInput): Placement {
  const launcher = placeLauncher(viewport, avoid, rtl);
  if (!keepClear) {
    const panel = (free.length > 0 && placePanel({ viewport, avoid: free, rtl, minWidth })) || overlaySlot(viewport, rtl);
    return { panel, launcher };
  }
  return { panel: placePanel({ viewport, avoid, prefer, rtl, minWidth }), launcher };
}

/** Every number a decision depends on, in a row: two inputs are the same when their rows are. */
function numbersOf({ viewport, rtl, minWidth, keepClear, avoid, prefer, free }: PlacementInput): number[] {
  const boxes = [...avoid, ...(prefer ? [prefer] : []), ...free];
  return [viewport.width, viewport.height, +rtl, minWidth, +keepClear, avoid.length, +!!prefer, ...boxes.flatMap((b) => [b.left, b.top, b.right, b.bottom])];
}

/** `decide`, answering again with its last placement (the same object) while the input is the same. */
export function reusingPlacement(decide: (input: PlacementInput) => Placement = decidePlacement): (input: PlacementInput) => Placement {
  let last: { numbers: number[]; placement: Placement } | undefined;
  return (input) => {
    const numbers = numbersOf(input);
    if (last?.numbers.length === numbers.length && numbers.every((n, i) => n === last!.numbers[i])) return last.placement;
    last = { numbers, placement: decide(input) };
    return last.placement;
  };
}
