/** In-page readers for the guide (serialised into the page, so self-contained). */
import type { Rect } from './page-probes';

export interface GuideSnapshot {
  step: string | null;
  text: string;
  ring: Rect | null;
  callout: Rect | null;
  buttons: string[];
}

export function snapshotGuide(): GuideSnapshot {
  const root = document.querySelector('x2fa-rescue')?.shadowRoot;
  const step = root?.querySelector('[data-rescue="step"]');
  const rect = (el: Element | null | undefined) => {
    const r = el?.getBoundingClientRect();
    return r && r.width > 0 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
  };
  return {
    step: step?.getAttribute('data-step') ?? null,
    text: step?.textContent ?? '',
    ring: rect(root?.querySelector('[data-rescue="highlight"]')),
    callout: rect(step),
    buttons: [...(step?.querySelectorAll('button[data-rescue]') ?? [])].map((b) => b.getAttribute('data-rescue') ?? ''),
  };
}

/** The box of the first visible element matching a selector on X's page. */
export function visibleBox(selector: string): Rect | null {
  for (const el of document.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }
  return null;
}

/** Strangers' content on the replica's hostile page, as a ring at `ring` sees it: whether a press at
 * the ring's centre reaches it, and the boxes of the parts a person can see (not covered by X's
 * menu or drawer), to compare with the ring's. */
export function hostileUnderRing(ring: Rect): { hit: string | null; boxes: Rect[] } {
  const STRANGERS = '[data-hostile], article, [data-testid="card.wrapper"], [data-testid="UserCell"], [data-testid="trend"], [data-testid="sidebarColumn"]';
  const ours = (el: Element) => el.localName === 'x2fa-rescue' || el.closest('x2fa-rescue') !== null;
  const topAt = (x: number, y: number) => document.elementsFromPoint(x, y).find((el) => !ours(el));
  const top = topAt((ring.left + ring.right) / 2, (ring.top + ring.bottom) / 2);
  const stranger = top?.closest(STRANGERS);
  const boxes: Rect[] = [];
  for (const el of document.querySelectorAll('[data-hostile], [data-hostile] a, [data-hostile] [role="button"], [data-hostile] [data-testid]')) {
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0 || r.bottom <= 0 || r.top >= innerHeight) continue;
    const seen = topAt((r.left + r.right) / 2, (Math.max(r.top, 0) + Math.min(r.bottom, innerHeight)) / 2);
    if (seen && el.contains(seen)) boxes.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }
  return { hit: stranger ? stranger.outerHTML.slice(0, 120) : null, boxes };
}
