/**
 * Keeps the panel and launcher in free space: recomputed when the reading or
 * the page layout changes, and on scroll/resize at most once per frame.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageReading } from '../page/reading';
import { boxOf, controlBoxes, controlsUnder } from './page-geometry';
import { PANEL, launcherCandidates, placePanel, slotBox, type Box, type Slot, type Viewport } from './placement';

export interface Placement {
  /** Undefined when the panel cannot sit anywhere without covering X's controls. */
  panel: Slot | undefined;
  launcher: Box;
}

function viewportOf(win: Window): Viewport {
  return { width: win.document.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
}

/** For pages the user opened the panel on by hand: the end side, over the page. */
function overlaySlot(viewport: Viewport, rtl: boolean): Slot {
  const width = Math.min(PANEL.preferredWidth, viewport.width - 2 * PANEL.gap);
  const left = rtl ? PANEL.gap : viewport.width - PANEL.gap - width;
  return { left, top: PANEL.gap, width, maxHeight: viewport.height - 2 * PANEL.gap };
}

/** The last hit-tested answer: X re-renders often without moving anything (typing a code does). */
let lastPanel: { key: string; slot: Slot | undefined } | undefined;

export function computePanelSlot(doc: Document, reading: PageReading, rtl: boolean, host: Element | null): Slot | undefined {
  const viewport = viewportOf(doc.defaultView ?? window);
  const container = reading.stepContainer;
  if (!container?.isConnected) return overlaySlot(viewport, rtl);
  const avoid = controlBoxes(container);
  const prefer = container === doc.body ? undefined : boxOf(container);
  // Same boxes, same page size: the hit-testing below would find the same slot.
  // On the login step nothing of X's may be covered; on the password page, X's form may not
  // (the rest of the settings page may be, while the user reads the check).
  if (reading.context === 'password-change') return placePanel({ viewport, avoid, prefer, rtl });
  const key = JSON.stringify([viewport, avoid, prefer, rtl, doc.getElementsByTagName('*').length]);
  if (lastPanel?.key !== key) lastPanel = { key, slot: findPanelSlot(doc, viewport, avoid, prefer, rtl, host) };
  return lastPanel.slot;
}

function findPanelSlot(doc: Document, viewport: Viewport, avoid: Box[], prefer: Box | undefined, rtl: boolean, host: Element | null): Slot | undefined {
  let slot = placePanel({ viewport, avoid, prefer, rtl });
  // Controls outside the step (a fixed bottom bar, a header) show up only by hit-testing.
  for (let round = 0; slot && round < 3; round++) {
    const hidden = controlsUnder(doc, slotBox(slot), host);
    if (hidden.length === 0) return slot;
    avoid.push(...hidden);
    slot = placePanel({ viewport, avoid, rtl });
  }
  return slot && controlsUnder(doc, slotBox(slot), host).length === 0 ? slot : undefined;
}

export function computeLauncherBox(doc: Document, rtl: boolean, host: Element | null): Box {
  const candidates = launcherCandidates(viewportOf(doc.defaultView ?? window), rtl);
  return candidates.find((box) => controlsUnder(doc, box, host).length === 0) ?? (candidates[0] as Box);
}

function samePlacement(a: Placement, b: Placement): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function usePlacement(reading: PageReading, rtl: boolean, layoutTick: number, host: Element | null): Placement {
  const [placement, setPlacement] = useState<Placement>(() => measure());
  function measure(): Placement {
    return { panel: computePanelSlot(document, reading, rtl, host), launcher: computeLauncherBox(document, rtl, host) };
  }
  useEffect(() => {
    // Re-render only when a box actually moved (scroll often leaves them be).
    const update = () => {
      const next = measure();
      setPlacement((current) => (samePlacement(current, next) ? current : next));
    };
    update();
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    };
    window.addEventListener('resize', schedule, { passive: true });
    window.addEventListener('scroll', schedule, { passive: true, capture: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', schedule);
      window.removeEventListener('scroll', schedule, { capture: true });
    };
    // measure() reads the latest props through closure on each run
  }, [reading, rtl, layoutTick, host]);
  return placement;
}

