/**
 * Keeps the panel and launcher in free space. Placement is measured whenever X's layout or our own
 * panel may have moved: on each page check, on scroll/resize, when X's step or its controls change
 * size (fonts, images, transitions), when fonts load, and when our panel's size changes — at most
 * once per frame, through one shared watch (page-geometry.ts). The decision is made again only when
 * a box it used moved (placement-decision.ts).
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { NEXT_ON_PATH } from '../guides/settings-path';
import { locateTarget, lookingOnce } from '../page/locate';
import type { PageReading } from '../page/reading';
import { boxOf, visibleControls, watchLayout, type LayoutWatch } from './page-geometry';
import { decidePlacement, reusingPlacement, type Placement, type PlacementInput } from './placement-decision';
import { keepsClear, type Viewport } from './placement';

/** How many of X's controls are watched for size changes, at most. */
const WATCHED_CONTROLS = 100;

function viewportOf(win: Window): Viewport {
  return { width: win.document.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
}

function ownPanel(host: Element | null): Element | null {
  return host?.shadowRoot?.querySelector('[data-rescue="panel"]') ?? null;
}

export interface Measured {
  placement: Placement;
  /** X's elements whose size changes should trigger a new placement. */
  watch: Element[];
  /** Nothing of X's step is on screen yet (its spinner): watch for it to appear. */
  waiting: boolean;
}

/**
 * X's items the path names next on this settings page ("Two-factor authentication" on the security
 * page), found by structure in X's chrome: the panel, opened by hand over the page, leaves them free.
 */
function nextOnPath(doc: Document, reading: PageReading): Element[] {
  if (reading.context !== 'settings' || !reading.settingsStep) return [];
  const url = new URL(doc.location?.href ?? 'https://x.com/');
  const names = NEXT_ON_PATH[reading.settingsStep];
  return lookingOnce(() => names.flatMap((name) => locateTarget(doc, name, 'en', url, { structureOnly: true }) ?? []));
}

/**
 * One decision from one measurement. Where the panel opens by itself
 * (keepsClear) it covers none of X's visible controls, anywhere on
 * the page; elsewhere it was opened by hand and may overlay the page,
 * except the items the path names next (`keepFree`). `decide` may answer
 * from its last decision when no box moved (reusingPlacement).
 */
export function measurePlacement(
  doc: Document,
  reading: PageReading,
  rtl: boolean,
  minWidth = 0,
  keepFree: readonly Element[] = [],
  decide: (input: PlacementInput) => Placement = decidePlacement,
): Measured {
  const viewport = viewportOf(doc.defaultView ?? window);
  const controls = visibleControls(doc, viewport);
  const container = reading.stepContainer?.isConnected ? reading.stepContainer : undefined;
  const watched = controls.slice(0, WATCHED_CONTROLS).map((control) => control.el);
  if (container) watched.push(container);
  if (doc.body) watched.push(doc.body);
  const keepClear = keepsClear(reading);
  const placement = decide({
    viewport,
    rtl,
    minWidth,
    keepClear,
    avoid: controls.map((control) => control.box),
    prefer: keepClear && container && container !== doc.body ? boxOf(container) : undefined,
    free: keepClear ? [] : keepFree.filter((el) => el.isConnected).map(boxOf),
  });
  return { placement, watch: watched, waiting: keepClear && controls.length === 0 };
}

function samePlacement(a: Placement, b: Placement): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function usePlacement(reading: PageReading, rtl: boolean, layoutTick: number, host: Element | null): Placement {
  // Found once per reading (a page check), not on every frame: finding runs the live rule's hit tests.
  const keepFree = useMemo(() => nextOnPath(document, reading), [reading]);
  const decide = useMemo(() => reusingPlacement(), []);
  const [placement, setPlacement] = useState<Placement>(() => measurePlacement(document, reading, rtl, 0, keepFree, decide).placement);
  const watch = useRef<LayoutWatch>();
  const watchedPanel = useRef<Element | null>(null);
  /** The narrowest our panel has proved it can be drawn (wider than its slot only if CSS says so). */
  const minWidth = useRef(0);
  const update = useRef<() => void>(() => {});
  update.current = () => {
    const panel = ownPanel(host) as HTMLElement | null;
    const rendered = panel?.getBoundingClientRect().width ?? 0;
    if (panel && rendered > parseFloat(panel.style.width || '0') + 1) minWidth.current = Math.max(minWidth.current, rendered);
    const next = measurePlacement(document, reading, rtl, minWidth.current, keepFree, decide);
    watchedPanel.current = panel;
    watch.current?.observe(panel ? [...next.watch, panel] : next.watch);
    // Until X's step renders, any DOM change may bring its controls: place before they are painted.
    watch.current?.observeTree(next.waiting);
    // Re-render only when the placement changed (a reused one is the same object).
    setPlacement((current) => (samePlacement(current, next.placement) ? current : next.placement));
  };

  // Declared first: the watch exists before the layout effects below measure.
  useLayoutEffect(() => {
    const layout = watchLayout(() => update.current());
    watch.current = layout;
    return () => {
      watch.current = undefined;
      layout.close();
    };
  }, []);

  // A new reading (each page check after X changed the DOM): measure now, before the browser paints.
  useLayoutEffect(() => update.current(), [reading, rtl, layoutTick, host]);
  // Our panel appeared or went (opened, closed, folded): measure with it, and watch its size.
  useLayoutEffect(() => {
    if (ownPanel(host) !== watchedPanel.current) update.current();
  });
  return placement;
}
